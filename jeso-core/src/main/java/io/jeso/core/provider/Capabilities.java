package io.jeso.core.provider;

/** What a provider can do; shown as {@code status.capabilities} of a store (ESO's wire values). */
public enum Capabilities {
  READ_ONLY("ReadOnly"),
  WRITE_ONLY("WriteOnly"),
  READ_WRITE("ReadWrite");

  private final String wireValue;

  Capabilities(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value written to {@code status.capabilities}. */
  public String wireValue() {
    return wireValue;
  }

  public boolean canRead() {
    return this != WRITE_ONLY;
  }

  public boolean canWrite() {
    return this != READ_ONLY;
  }
}
