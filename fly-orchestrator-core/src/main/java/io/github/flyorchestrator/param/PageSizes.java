package io.github.flyorchestrator.param;

/** The one check of a requested page size. */
final class PageSizes {

  private PageSizes() {
  }

  /**
   * @param pageSize a page size or {@code null} (the API's default)
   * @throws IllegalArgumentException when it is not positive
   */
  static void check(Integer pageSize) {
    if (pageSize != null && pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
    }
  }
}
