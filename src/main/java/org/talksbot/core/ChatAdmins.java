package org.talksbot.core;

/** Tells whether a user may change a chat's settings (in a group: is one of its admins). */
@FunctionalInterface
public interface ChatAdmins {

    boolean mayManage(Request request);

    /** Console and private chats: the one user manages their own chat. */
    ChatAdmins EVERYONE = request -> true;
}
