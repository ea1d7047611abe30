// sd-bus from libsystemd, reached only through LimberPresence's desktop probe.
//
// libsystemd is not linked: it is loaded with dlopen only when a system bus is there to talk
// to. Linked, it and the libraries it pulls in (libgcrypt, liblzma, libzstd, …) cost ~0.7 MB of
// resident memory in every run, against a 15 MB budget, even in a container without a bus.
// pkg-config still finds its headers, so the types and calls are checked when building.
// sd-bus's variadic calls cannot be made from Swift, so the few the probe needs are wrapped here.
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <systemd/sd-bus.h>

#define LIMBER_LOGIN1 "org.freedesktop.login1"

// The sd-bus functions the probe uses, looked up in the loaded library.
typedef struct {
    void *library;
    int (*open_system)(sd_bus **bus);
    int (*set_method_call_timeout)(sd_bus *bus, uint64_t usec);
    int (*call_method)(sd_bus *bus, const char *destination, const char *path, const char *interface,
                       const char *member, sd_bus_error *error, sd_bus_message **reply, const char *types, ...);
    int (*message_read)(sd_bus_message *message, const char *types, ...);
    sd_bus_message *(*message_unref)(sd_bus_message *message);
    void (*error_free)(sd_bus_error *error);
    int (*match_signal)(sd_bus *bus, sd_bus_slot **slot, const char *sender, const char *path,
                        const char *interface, const char *member, sd_bus_message_handler_t callback, void *userdata);
    int (*call_method_async)(sd_bus *bus, sd_bus_slot **slot, const char *destination, const char *path,
                             const char *interface, const char *member, sd_bus_message_handler_t callback,
                             void *userdata, const char *types, ...);
    int (*message_is_method_error)(sd_bus_message *message, const char *name);
    int (*message_enter_container)(sd_bus_message *message, char type, const char *contents);
    int (*message_exit_container)(sd_bus_message *message);
    int (*message_peek_type)(sd_bus_message *message, char *type, const char **contents);
    int (*message_skip)(sd_bus_message *message, const char *types);
    int (*get_fd)(sd_bus *bus);
    int (*process)(sd_bus *bus, sd_bus_message **message);
    sd_bus_slot *(*slot_unref)(sd_bus_slot *slot);
    sd_bus *(*flush_close_unref)(sd_bus *bus);
} limber_sdbus;

// Loads libsystemd and fills `api`; 0 on success, -1 when the library or a function is missing.
static inline int limber_sdbus_load(limber_sdbus *api) {
    memset(api, 0, sizeof *api);
    api->library = dlopen("libsystemd.so.0", RTLD_NOW | RTLD_LOCAL);
    if (!api->library) return -1;
#define LIMBER_FIND(field, name) if (!(*(void **)&api->field = dlsym(api->library, name))) goto missing
    LIMBER_FIND(open_system, "sd_bus_open_system");
    LIMBER_FIND(set_method_call_timeout, "sd_bus_set_method_call_timeout");
    LIMBER_FIND(call_method, "sd_bus_call_method");
    LIMBER_FIND(message_read, "sd_bus_message_read");
    LIMBER_FIND(message_unref, "sd_bus_message_unref");
    LIMBER_FIND(error_free, "sd_bus_error_free");
    LIMBER_FIND(match_signal, "sd_bus_match_signal");
    LIMBER_FIND(call_method_async, "sd_bus_call_method_async");
    LIMBER_FIND(message_is_method_error, "sd_bus_message_is_method_error");
    LIMBER_FIND(message_enter_container, "sd_bus_message_enter_container");
    LIMBER_FIND(message_exit_container, "sd_bus_message_exit_container");
    LIMBER_FIND(message_peek_type, "sd_bus_message_peek_type");
    LIMBER_FIND(message_skip, "sd_bus_message_skip");
    LIMBER_FIND(get_fd, "sd_bus_get_fd");
    LIMBER_FIND(process, "sd_bus_process");
    LIMBER_FIND(slot_unref, "sd_bus_slot_unref");
    LIMBER_FIND(flush_close_unref, "sd_bus_flush_close_unref");
#undef LIMBER_FIND
    return 0;
missing:
    dlclose(api->library);
    memset(api, 0, sizeof *api);
    return -1;
}

// Sets the flag the probe passed; the properties are read again after sd_bus_process returns.
static int limber_changed_handler(sd_bus_message *message, void *flag, sd_bus_error *error) {
    (void)message; (void)error;
    *(int *)flag = 1;
    return 0;
}

// The login session's object path (free() it): by id when one is given ($XDG_SESSION_ID),
// else the session this process belongs to.
static inline int limber_session_path(const limber_sdbus *api, sd_bus *bus, const char *session_id, char **path) {
    sd_bus_error error = SD_BUS_ERROR_NULL;
    sd_bus_message *reply = NULL;
    int r;
    if (session_id && *session_id)
        r = api->call_method(bus, LIMBER_LOGIN1, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                             "GetSession", &error, &reply, "s", session_id);
    else
        r = api->call_method(bus, LIMBER_LOGIN1, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                             "GetSessionByPID", &error, &reply, "u", (uint32_t)getpid());
    api->error_free(&error);
    if (r < 0) return r;
    const char *found = NULL;
    r = api->message_read(reply, "o", &found);
    if (r >= 0) {
        *path = strdup(found);
        if (!*path) r = -ENOMEM;
    }
    api->message_unref(reply);
    return r;
}

// Subscribes to the session's PropertiesChanged signals, from logind only (the bus daemon
// matches its well-known name to whoever owns it) and for this session's path only; each one
// sets *flag. Bursts are coalesced by the probe: one read at a time, however many arrive.
static inline int limber_watch_session(const limber_sdbus *api, sd_bus *bus, sd_bus_slot **slot, const char *path,
                                       int *flag) {
    return api->match_signal(bus, slot, LIMBER_LOGIN1, path, "org.freedesktop.DBus.Properties", "PropertiesChanged",
                             limber_changed_handler, flag);
}

// One asynchronous read of the session's hints (Properties.GetAll), filled in by its reply.
typedef struct {
    const limber_sdbus *api;
    sd_bus_slot *slot;
    int pending;   // a call is on the bus
    int answered;  // a reply arrived since the probe last looked (1 ok, -1 error)
    int idle, locked, have_idle, have_locked;
    uint64_t since;
} limber_hints_call;

// Reads one boolean or uint64 variant into place; skips any other.
static inline int limber_read_variant(limber_hints_call *call, sd_bus_message *m, const char *name) {
    const limber_sdbus *api = call->api;
    char type = 0;
    const char *contents = NULL;
    int r = api->message_peek_type(m, &type, &contents);
    if (r < 0) return r;
    if (contents && strcmp(contents, "b") == 0 && (strcmp(name, "IdleHint") == 0 || strcmp(name, "LockedHint") == 0)) {
        int value = 0;
        r = api->message_enter_container(m, 'v', "b");
        if (r >= 0) r = api->message_read(m, "b", &value);
        if (r >= 0) r = api->message_exit_container(m);
        if (r < 0) return r;
        if (name[0] == 'I') { call->idle = value; call->have_idle = 1; } else { call->locked = value; call->have_locked = 1; }
        return 0;
    }
    if (contents && strcmp(contents, "t") == 0 && strcmp(name, "IdleSinceHint") == 0) {
        r = api->message_enter_container(m, 'v', "t");
        if (r >= 0) r = api->message_read(m, "t", &call->since);
        if (r >= 0) r = api->message_exit_container(m);
        return r;
    }
    return api->message_skip(m, "v");
}

static int limber_hints_reply(sd_bus_message *m, void *userdata, sd_bus_error *error) {
    (void)error;
    limber_hints_call *call = userdata;
    const limber_sdbus *api = call->api;
    call->pending = 0;
    call->answered = -1;
    if (api->message_is_method_error(m, NULL)) return 0;
    call->have_idle = call->have_locked = 0;
    call->since = 0;
    int r = api->message_enter_container(m, 'a', "{sv}");
    while (r >= 0 && (r = api->message_enter_container(m, 'e', "sv")) > 0) {
        const char *name = NULL;
        r = api->message_read(m, "s", &name);
        if (r >= 0) r = limber_read_variant(call, m, name ? name : "");
        if (r >= 0) r = api->message_exit_container(m);
    }
    if (r >= 0) r = api->message_exit_container(m);
    if (r >= 0 && call->have_idle && call->have_locked) call->answered = 1;
    return 0;
}

// Starts a read; the reply (or a timeout, after the bus's method call timeout) lands in *call
// during a later sd_bus_process. Never waits.
static inline int limber_read_hints_async(const limber_sdbus *api, sd_bus *bus, const char *path,
                                          limber_hints_call *call) {
    call->api = api;
    if (call->slot) { api->slot_unref(call->slot); call->slot = NULL; }
    int r = api->call_method_async(bus, &call->slot, LIMBER_LOGIN1, path, "org.freedesktop.DBus.Properties", "GetAll",
                                   limber_hints_reply, call, "s", "org.freedesktop.login1.Session");
    if (r >= 0) call->pending = 1;
    return r;
}

// The same read, waiting for the answer (the bus's method call timeout, 1 s): only when the
// source is opened, to tell a session that exists from one that does not.
static inline int limber_read_hints(const limber_sdbus *api, sd_bus *bus, const char *path, limber_hints_call *call) {
    sd_bus_error error = SD_BUS_ERROR_NULL;
    sd_bus_message *reply = NULL;
    call->api = api;
    int r = api->call_method(bus, LIMBER_LOGIN1, path, "org.freedesktop.DBus.Properties", "GetAll", &error, &reply,
                             "s", "org.freedesktop.login1.Session");
    api->error_free(&error);
    if (r < 0) return r;
    limber_hints_reply(reply, call, NULL);
    api->message_unref(reply);
    return call->answered > 0 ? 0 : -EBADMSG;
}
