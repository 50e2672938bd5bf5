package io.jeso.testkit;

/** The namespace a test method runs in: created before it, deleted after it. */
public record TestNamespace(String name) {
  @Override
  public String toString() {
    return name;
  }
}
