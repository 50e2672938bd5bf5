package io.jeso.core.store;

/**
 * Controller-class sharding ({@code --controller-class} and a store's {@code spec.controller}): a
 * store with an empty class is served by every controller, otherwise only by the controller with
 * that class. This is sharding, not a security boundary.
 */
public final class ControllerClass {
  /** ESO's default {@code --controller-class}. */
  public static final String DEFAULT = "default";

  private ControllerClass() {}

  /**
   * Whether a controller running with {@code controllerClass} serves a store whose spec.controller
   * is given.
   */
  public static boolean serves(String controllerClass, String storeController) {
    return storeController == null
        || storeController.isEmpty()
        || storeController.equals(controllerClass);
  }
}
