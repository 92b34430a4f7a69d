#include <curl/curl.h>

/* curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot
   call: these wrappers set exactly what ECSClient's transport needs. */

typedef size_t (*ecsplan_curl_write_fn)(char *data, size_t size, size_t count, void *sink);

/* One POST of `body` to `url`. A `fresh` request opens a connection of its own
   and closes it after, so libcurl never re-sends it on a reused connection
   that died (a mutation is only ever repeated by ECSClient, after settling). */
static inline int ecsplan_curl_prepare_post(CURL *h, const char *url, struct curl_slist *headers,
                                            const char *body, long body_length, long timeout_ms, int fresh,
                                            ecsplan_curl_write_fn write, void *sink, char *error_buffer) {
    CURLcode c = CURLE_OK;
#define ECSPLAN_SET(option, value) if (c == CURLE_OK) c = curl_easy_setopt(h, option, value)
    ECSPLAN_SET(CURLOPT_URL, url);
    ECSPLAN_SET(CURLOPT_NOSIGNAL, 1L);
    ECSPLAN_SET(CURLOPT_HTTPHEADER, headers);
    ECSPLAN_SET(CURLOPT_POST, 1L);
    ECSPLAN_SET(CURLOPT_POSTFIELDSIZE, body_length);
    ECSPLAN_SET(CURLOPT_POSTFIELDS, body);
    ECSPLAN_SET(CURLOPT_TIMEOUT_MS, timeout_ms);
    ECSPLAN_SET(CURLOPT_CONNECTTIMEOUT_MS, timeout_ms);
    ECSPLAN_SET(CURLOPT_WRITEFUNCTION, write);
    ECSPLAN_SET(CURLOPT_WRITEDATA, sink);
    ECSPLAN_SET(CURLOPT_ERRORBUFFER, error_buffer);
    ECSPLAN_SET(CURLOPT_FRESH_CONNECT, (long)fresh);
    ECSPLAN_SET(CURLOPT_FORBID_REUSE, (long)fresh);
    ECSPLAN_SET(CURLOPT_ACCEPT_ENCODING, "");
    ECSPLAN_SET(CURLOPT_USERAGENT, "ecsplan");
#undef ECSPLAN_SET
    return (int)c;
}

/* Drops the pointers a finished request lent the handle, before it is kept for the next. */
static inline void ecsplan_curl_release(CURL *h) {
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, (struct curl_slist *)NULL);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, (const char *)NULL);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, (void *)NULL);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, (char *)NULL);
}

static inline long ecsplan_curl_status(CURL *h) {
    long status = 0;
    if (curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status) != CURLE_OK) return 0;
    return status;
}
