#include <curl/curl.h>
#include <string.h>

/* curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot
   call: these wrappers set exactly what ecsplan's transfers need. */

typedef size_t (*ecsplan_curl_write_fn)(char *data, size_t size, size_t count, void *sink);
typedef size_t (*ecsplan_curl_read_fn)(char *buffer, size_t size, size_t count, void *source);

/* One request: `method` to `url` with `headers`. POST, PUT and PATCH send
   `body_length` bytes (none is `Content-Length: 0`, which S3 and the instance
   metadata service expect); GET, HEAD and DELETE send no body.

   When a kept-alive connection dies before any answer, libcurl sends the
   request again on a new one, rewinding the body. A request `sent_once` hands
   libcurl its body through `read` and no way to rewind it, so that resend fails
   (CURLE_SEND_FAIL_REWIND) instead: a mutation is only ever repeated by its
   caller, after asking whether it took effect. Any other request passes its
   body whole (`body`), and may be resent.

   Response headers reach `header` one line at a time. `ca_info`, when not
   NULL, is the only file of certificate authorities TLS peers are checked
   against (AWS_CA_BUNDLE). */
static inline int ecsplan_curl_prepare(CURL *h, const char *method, const char *url, struct curl_slist *headers,
                                       const char *body, long body_length, long timeout_ms, int sent_once,
                                       ecsplan_curl_read_fn read, void *source,
                                       ecsplan_curl_write_fn write, void *sink,
                                       ecsplan_curl_write_fn header, void *header_sink,
                                       const char *ca_info, char *error_buffer) {
    CURLcode c = CURLE_OK;
    int has_body = strcmp(method, "POST") == 0 || strcmp(method, "PUT") == 0 || strcmp(method, "PATCH") == 0;
#define ECSPLAN_SET(option, value) if (c == CURLE_OK) c = curl_easy_setopt(h, option, value)
    ECSPLAN_SET(CURLOPT_URL, url);
    ECSPLAN_SET(CURLOPT_NOSIGNAL, 1L);
    ECSPLAN_SET(CURLOPT_HTTPHEADER, headers);
    ECSPLAN_SET(CURLOPT_NOBODY, 0L);
    if (has_body) {
        ECSPLAN_SET(CURLOPT_POST, 1L);
        ECSPLAN_SET(CURLOPT_POSTFIELDSIZE, body_length);
        ECSPLAN_SET(CURLOPT_POSTFIELDS, sent_once ? (const char *)NULL : body);
        ECSPLAN_SET(CURLOPT_READFUNCTION, read);
        ECSPLAN_SET(CURLOPT_READDATA, source);
        ECSPLAN_SET(CURLOPT_SEEKFUNCTION, (curl_seek_callback)NULL);
    } else {
        ECSPLAN_SET(CURLOPT_HTTPGET, 1L);
    }
    if (strcmp(method, "HEAD") == 0) ECSPLAN_SET(CURLOPT_NOBODY, 1L);
    /* POST and GET are what the options above already say; anything else is named. */
    int named = strcmp(method, "POST") != 0 && strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0;
    ECSPLAN_SET(CURLOPT_CUSTOMREQUEST, named ? method : (const char *)NULL);
    ECSPLAN_SET(CURLOPT_TIMEOUT_MS, timeout_ms);
    ECSPLAN_SET(CURLOPT_CONNECTTIMEOUT_MS, timeout_ms);
    ECSPLAN_SET(CURLOPT_WRITEFUNCTION, write);
    ECSPLAN_SET(CURLOPT_WRITEDATA, sink);
    ECSPLAN_SET(CURLOPT_HEADERFUNCTION, header);
    ECSPLAN_SET(CURLOPT_HEADERDATA, header_sink);
    if (ca_info != NULL) ECSPLAN_SET(CURLOPT_CAINFO, ca_info);
    ECSPLAN_SET(CURLOPT_ERRORBUFFER, error_buffer);
    ECSPLAN_SET(CURLOPT_ACCEPT_ENCODING, "");
    ECSPLAN_SET(CURLOPT_USERAGENT, "ecsplan");
#undef ECSPLAN_SET
    return (int)c;
}

/* Drops the pointers a finished request lent the handle, before it is kept for the next. */
static inline void ecsplan_curl_release(CURL *h) {
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, (struct curl_slist *)NULL);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, (const char *)NULL);
    curl_easy_setopt(h, CURLOPT_READDATA, (void *)NULL);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, (void *)NULL);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, (void *)NULL);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, (char *)NULL);
}

static inline long ecsplan_curl_status(CURL *h) {
    long status = 0;
    if (curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status) != CURLE_OK) return 0;
    return status;
}
