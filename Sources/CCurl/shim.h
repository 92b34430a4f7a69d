#include <curl/curl.h>

/* curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot
   call: these wrappers set exactly what ECSClient's transport needs. */

typedef size_t (*ecsplan_curl_write_fn)(char *data, size_t size, size_t count, void *sink);
typedef size_t (*ecsplan_curl_read_fn)(char *buffer, size_t size, size_t count, void *source);

/* One POST of `body_length` bytes to `url`. When a kept-alive connection dies
   before any answer, libcurl sends the request again on a new one, rewinding
   the body. A request `sent_once` hands libcurl its body through `read` and no
   way to rewind it, so that resend fails (CURLE_SEND_FAIL_REWIND) instead: a
   mutation is only ever repeated by ECSClient, after asking whether it took
   effect. Any other request passes its body whole (`body`), and may be resent. */
static inline int ecsplan_curl_prepare_post(CURL *h, const char *url, struct curl_slist *headers,
                                            const char *body, long body_length, long timeout_ms, int sent_once,
                                            ecsplan_curl_read_fn read, void *source,
                                            ecsplan_curl_write_fn write, void *sink, char *error_buffer) {
    CURLcode c = CURLE_OK;
#define ECSPLAN_SET(option, value) if (c == CURLE_OK) c = curl_easy_setopt(h, option, value)
    ECSPLAN_SET(CURLOPT_URL, url);
    ECSPLAN_SET(CURLOPT_NOSIGNAL, 1L);
    ECSPLAN_SET(CURLOPT_HTTPHEADER, headers);
    ECSPLAN_SET(CURLOPT_POST, 1L);
    ECSPLAN_SET(CURLOPT_POSTFIELDSIZE, body_length);
    ECSPLAN_SET(CURLOPT_POSTFIELDS, sent_once ? (const char *)NULL : body);
    ECSPLAN_SET(CURLOPT_READFUNCTION, read);
    ECSPLAN_SET(CURLOPT_READDATA, source);
    ECSPLAN_SET(CURLOPT_SEEKFUNCTION, (curl_seek_callback)NULL);
    ECSPLAN_SET(CURLOPT_TIMEOUT_MS, timeout_ms);
    ECSPLAN_SET(CURLOPT_CONNECTTIMEOUT_MS, timeout_ms);
    ECSPLAN_SET(CURLOPT_WRITEFUNCTION, write);
    ECSPLAN_SET(CURLOPT_WRITEDATA, sink);
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
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, (char *)NULL);
}

static inline long ecsplan_curl_status(CURL *h) {
    long status = 0;
    if (curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status) != CURLE_OK) return 0;
    return status;
}
