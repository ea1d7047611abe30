// sd-bus, reached only through LimberPresence's desktop probe. sd-bus's calls take C varargs,
// which Swift cannot call, so the few calls the probe makes are wrapped here.
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <systemd/sd-bus.h>

#define LIMBER_LOGIN1 "org.freedesktop.login1"

// Sets the flag the probe passed; the properties are read again after sd_bus_process returns.
static int limber_changed_handler(sd_bus_message *message, void *flag, sd_bus_error *error) {
    (void)message; (void)error;
    *(int *)flag = 1;
    return 0;
}

// The login session's object path (free() it): by id when one is given ($XDG_SESSION_ID),
// else the session this process belongs to.
static inline int limber_session_path(sd_bus *bus, const char *session_id, char **path) {
    sd_bus_error error = SD_BUS_ERROR_NULL;
    sd_bus_message *reply = NULL;
    int r;
    if (session_id && *session_id)
        r = sd_bus_call_method(bus, LIMBER_LOGIN1, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                               "GetSession", &error, &reply, "s", session_id);
    else
        r = sd_bus_call_method(bus, LIMBER_LOGIN1, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                               "GetSessionByPID", &error, &reply, "u", (uint32_t)getpid());
    sd_bus_error_free(&error);
    if (r < 0) return r;
    const char *found = NULL;
    r = sd_bus_message_read(reply, "o", &found);
    if (r >= 0) {
        *path = strdup(found);
        if (!*path) r = -ENOMEM;
    }
    sd_bus_message_unref(reply);
    return r;
}

// Subscribes to the session's PropertiesChanged signals; each one sets *flag.
static inline int limber_watch_session(sd_bus *bus, sd_bus_slot **slot, const char *path, int *flag) {
    return sd_bus_match_signal(bus, slot, NULL, path, "org.freedesktop.DBus.Properties", "PropertiesChanged",
                               limber_changed_handler, flag);
}

static inline int limber_session_bool(sd_bus *bus, const char *path, const char *name, int *value) {
    sd_bus_error error = SD_BUS_ERROR_NULL;
    int r = sd_bus_get_property_trivial(bus, LIMBER_LOGIN1, path, "org.freedesktop.login1.Session", name, &error,
                                        'b', value);
    sd_bus_error_free(&error);
    return r;
}

static inline int limber_session_u64(sd_bus *bus, const char *path, const char *name, uint64_t *value) {
    sd_bus_error error = SD_BUS_ERROR_NULL;
    int r = sd_bus_get_property_trivial(bus, LIMBER_LOGIN1, path, "org.freedesktop.login1.Session", name, &error,
                                        't', value);
    sd_bus_error_free(&error);
    return r;
}
