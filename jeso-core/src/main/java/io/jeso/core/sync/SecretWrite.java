package io.jeso.core.sync;

import java.util.Objects;

/** What to do to the target Secret. */
public sealed interface SecretWrite
    permits SecretWrite.None, SecretWrite.Create, SecretWrite.Update, SecretWrite.Delete {

  /** Leave it as it is (nothing changed, or the policy forbids writing). */
  record None() implements SecretWrite {}

  /** Create it. */
  record Create(DesiredSecret secret) implements SecretWrite {
    public Create {
      Objects.requireNonNull(secret, "secret");
    }
  }

  /**
   * Update it to exactly this (an Update with the given field manager, so managedFields track what
   * jeso owns).
   *
   * @param uid the UID the update is for, so a Secret replaced meanwhile is not overwritten
   */
  record Update(DesiredSecret secret, String uid) implements SecretWrite {
    public Update {
      Objects.requireNonNull(secret, "secret");
    }
  }

  /** Delete it (deletionPolicy Delete). Only planned for a Secret this ExternalSecret controls. */
  record Delete(String name, String uid) implements SecretWrite {
    public Delete {
      Objects.requireNonNull(name, "name");
    }
  }

  static SecretWrite none() {
    return new None();
  }
}
