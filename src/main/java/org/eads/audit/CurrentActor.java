package org.eads.audit;

/**
 * Who is acting in the current request, as the audit log names them. The identity module provides it: the audit
 * module cannot depend on identity, because identity records its logins here.
 */
public interface CurrentActor {

    /** The signed-in user behind the current request; fails when nobody is signed in. */
    Actor actor();
}
