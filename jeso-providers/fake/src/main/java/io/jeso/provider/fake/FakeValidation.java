package io.jeso.provider.fake;

import io.jeso.core.provider.StoreValidation;

/** {@code validationResult}: lets a test force the store's Ready condition. */
final class FakeValidation {
  private FakeValidation() {}

  /** 0 or unset: Ready; 1: Unknown; 2: Error, in ESO's numbering. */
  static StoreValidation of(Integer validationResult) {
    int result = validationResult == null ? 0 : validationResult;
    return switch (result) {
      case 0 -> StoreValidation.ready();
      case 1 -> StoreValidation.unknown("unable to validate (validationResult is 1)");
      default -> StoreValidation.error("unable to validate (validationResult is 2)");
    };
  }
}
