// Desktop notifications over the session bus (org.freedesktop.Notifications), through the
// same dlopen'ed sd-bus as the presence probe (see shim.h for why it is not linked).
//
// Everything here is asynchronous: a call is queued and its reply, like the server's
// ActionInvoked and NotificationClosed signals, is handled by sd_bus_process when the run loop
// finds the bus's descriptor ready. The handlers only copy what arrived into a
// limber_notify_inbox, which Swift reads after each sd_bus_process.
#include <dlfcn.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <systemd/sd-bus.h>

#define LIMBER_NOTIFY_NAME "org.freedesktop.Notifications"
#define LIMBER_NOTIFY_PATH "/org/freedesktop/Notifications"

typedef struct {
    void *library;
    int (*open_user)(sd_bus **bus);
    int (*message_new_method_call)(sd_bus *bus, sd_bus_message **m, const char *destination, const char *path,
                                   const char *interface, const char *member);
    int (*message_append)(sd_bus_message *m, const char *types, ...);
    int (*message_append_strv)(sd_bus_message *m, char **l);
    int (*call_async)(sd_bus *bus, sd_bus_slot **slot, sd_bus_message *m, sd_bus_message_handler_t callback,
                      void *userdata, uint64_t usec);
    int (*match_signal_async)(sd_bus *bus, sd_bus_slot **slot, const char *sender, const char *path,
                              const char *interface, const char *member, sd_bus_message_handler_t callback,
                              sd_bus_message_handler_t install_callback, void *userdata);
    int (*message_read)(sd_bus_message *m, const char *types, ...);
    int (*message_read_strv)(sd_bus_message *m, char ***l);
    const char *(*message_get_member)(sd_bus_message *m);
    const sd_bus_error *(*message_get_error)(sd_bus_message *m);
    sd_bus_message *(*message_unref)(sd_bus_message *m);
    int (*get_fd)(sd_bus *bus);
    int (*get_events)(sd_bus *bus);
    int (*process)(sd_bus *bus, sd_bus_message **m);
    int (*flush)(sd_bus *bus);
    sd_bus_slot *(*slot_unref)(sd_bus_slot *slot);
    sd_bus *(*flush_close_unref)(sd_bus *bus);
} limber_notify_api;

// An ActionInvoked (closed 0, action set) or NotificationClosed (closed 1) signal.
typedef struct {
    uint32_t id;
    int closed;
    char action[16];
} limber_notify_inbox_event;

// What the handlers saw since Swift last looked.
#define LIMBER_NOTIFY_EVENTS 16
typedef struct {
    // The calls the handlers use to read messages (a copy of the loaded api).
    limber_notify_api api;
    // GetCapabilities: 0 waiting, 1 answered, -1 failed (error_name says why).
    int capabilities_state;
    int has_actions;
    // The last Notify: 0 waiting, 1 answered with notification_id, -1 failed.
    int notify_state;
    uint32_t notification_id;
    char error_name[128];
    // The signals, in order.
    int count;
    limber_notify_inbox_event events[LIMBER_NOTIFY_EVENTS];
} limber_notify_inbox;

static inline int limber_notify_load(limber_notify_api *api) {
    memset(api, 0, sizeof *api);
    api->library = dlopen("libsystemd.so.0", RTLD_NOW | RTLD_LOCAL);
    if (!api->library) return -1;
#define LIMBER_FIND(field, name) if (!(*(void **)&api->field = dlsym(api->library, name))) goto missing
    LIMBER_FIND(open_user, "sd_bus_open_user");
    LIMBER_FIND(message_new_method_call, "sd_bus_message_new_method_call");
    LIMBER_FIND(message_append, "sd_bus_message_append");
    LIMBER_FIND(message_append_strv, "sd_bus_message_append_strv");
    LIMBER_FIND(call_async, "sd_bus_call_async");
    LIMBER_FIND(match_signal_async, "sd_bus_match_signal_async");
    LIMBER_FIND(message_read, "sd_bus_message_read");
    LIMBER_FIND(message_read_strv, "sd_bus_message_read_strv");
    LIMBER_FIND(message_get_member, "sd_bus_message_get_member");
    LIMBER_FIND(message_get_error, "sd_bus_message_get_error");
    LIMBER_FIND(message_unref, "sd_bus_message_unref");
    LIMBER_FIND(get_fd, "sd_bus_get_fd");
    LIMBER_FIND(get_events, "sd_bus_get_events");
    LIMBER_FIND(process, "sd_bus_process");
    LIMBER_FIND(flush, "sd_bus_flush");
    LIMBER_FIND(slot_unref, "sd_bus_slot_unref");
    LIMBER_FIND(flush_close_unref, "sd_bus_flush_close_unref");
#undef LIMBER_FIND
    return 0;
missing:
    dlclose(api->library);
    memset(api, 0, sizeof *api);
    return -1;
}

static inline void limber_notify_keep_error(limber_notify_inbox *inbox, sd_bus_message *m) {
    const sd_bus_error *error = inbox->api.message_get_error(m);
    const char *name = error && error->name ? error->name : "unknown error";
    strncpy(inbox->error_name, name, sizeof inbox->error_name - 1);
    inbox->error_name[sizeof inbox->error_name - 1] = 0;
}

static int limber_notify_capabilities_reply(sd_bus_message *m, void *data, sd_bus_error *unused) {
    (void)unused;
    limber_notify_inbox *inbox = data;
    if (inbox->api.message_get_error(m)) {
        limber_notify_keep_error(inbox, m);
        inbox->capabilities_state = -1;
        return 0;
    }
    char **list = NULL;
    inbox->has_actions = 0;
    if (inbox->api.message_read_strv(m, &list) >= 0 && list) {
        for (char **item = list; *item; item++) {
            if (strcmp(*item, "actions") == 0) inbox->has_actions = 1;
            free(*item);
        }
        free(list);
    }
    inbox->capabilities_state = 1;
    return 0;
}

static int limber_notify_notify_reply(sd_bus_message *m, void *data, sd_bus_error *unused) {
    (void)unused;
    limber_notify_inbox *inbox = data;
    uint32_t id = 0;
    if (inbox->api.message_get_error(m) || inbox->api.message_read(m, "u", &id) < 0) {
        limber_notify_keep_error(inbox, m);
        inbox->notify_state = -1;
        return 0;
    }
    inbox->notification_id = id;
    inbox->notify_state = 1;
    return 0;
}

static int limber_notify_signal(sd_bus_message *m, void *data, sd_bus_error *unused) {
    (void)unused;
    limber_notify_inbox *inbox = data;
    if (inbox->count >= LIMBER_NOTIFY_EVENTS) return 0;
    const char *member = inbox->api.message_get_member(m);
    if (!member) return 0;
    uint32_t id = 0;
    if (strcmp(member, "ActionInvoked") == 0) {
        const char *action = NULL;
        if (inbox->api.message_read(m, "us", &id, &action) < 0 || !action) return 0;
        inbox->events[inbox->count].id = id;
        inbox->events[inbox->count].closed = 0;
        strncpy(inbox->events[inbox->count].action, action, sizeof inbox->events[0].action - 1);
        inbox->events[inbox->count].action[sizeof inbox->events[0].action - 1] = 0;
        inbox->count++;
    } else if (strcmp(member, "NotificationClosed") == 0) {
        uint32_t reason = 0;
        if (inbox->api.message_read(m, "uu", &id, &reason) < 0) return 0;
        inbox->events[inbox->count].id = id;
        inbox->events[inbox->count].closed = 1;
        inbox->events[inbox->count].action[0] = 0;
        inbox->count++;
    }
    return 0;
}

// One match for both signals of the notification server (by path and interface).
static inline int limber_notify_watch(const limber_notify_api *api, sd_bus *bus, sd_bus_slot **slot,
                                      limber_notify_inbox *inbox) {
    return api->match_signal_async(bus, slot, NULL, LIMBER_NOTIFY_PATH, LIMBER_NOTIFY_NAME, NULL,
                                   limber_notify_signal, NULL, inbox);
}

static inline int limber_notify_ask_capabilities(const limber_notify_api *api, sd_bus *bus, sd_bus_slot **slot,
                                                 limber_notify_inbox *inbox) {
    sd_bus_message *m = NULL;
    int r = api->message_new_method_call(bus, &m, LIMBER_NOTIFY_NAME, LIMBER_NOTIFY_PATH, LIMBER_NOTIFY_NAME,
                                         "GetCapabilities");
    if (r < 0) return r;
    inbox->capabilities_state = 0;
    r = api->call_async(bus, slot, m, limber_notify_capabilities_reply, inbox, 0);
    api->message_unref(m);
    return r;
}

// Notify(app_name, replaces_id, icon, summary, body, actions, hints, expire_timeout): the
// actions as key, label pairs (a NULL-terminated list); no expiry, since limber closes it.
static inline int limber_notify_send(const limber_notify_api *api, sd_bus *bus, sd_bus_slot **slot,
                                     limber_notify_inbox *inbox, uint32_t replaces, const char *summary,
                                     const char *body, char **actions, int urgency) {
    sd_bus_message *m = NULL;
    int r = api->message_new_method_call(bus, &m, LIMBER_NOTIFY_NAME, LIMBER_NOTIFY_PATH, LIMBER_NOTIFY_NAME,
                                         "Notify");
    if (r < 0) return r;
    if ((r = api->message_append(m, "susss", "Limber", replaces, "", summary, body)) < 0) goto done;
    if ((r = api->message_append_strv(m, actions)) < 0) goto done;
    if ((r = api->message_append(m, "a{sv}", 2, "urgency", "y", (uint8_t)urgency,
                                 "category", "s", "x-limber.break")) < 0) goto done;
    if ((r = api->message_append(m, "i", (int32_t)0)) < 0) goto done;
    inbox->notify_state = 0;
    r = api->call_async(bus, slot, m, limber_notify_notify_reply, inbox, 0);
done:
    api->message_unref(m);
    return r;
}

// CloseNotification(id); the reply is not wanted (the server's NotificationClosed says it).
static inline int limber_notify_close(const limber_notify_api *api, sd_bus *bus, uint32_t id) {
    sd_bus_message *m = NULL;
    int r = api->message_new_method_call(bus, &m, LIMBER_NOTIFY_NAME, LIMBER_NOTIFY_PATH, LIMBER_NOTIFY_NAME,
                                         "CloseNotification");
    if (r < 0) return r;
    if ((r = api->message_append(m, "u", id)) >= 0) r = api->call_async(bus, NULL, m, NULL, NULL, 0);
    api->message_unref(m);
    return r;
}
