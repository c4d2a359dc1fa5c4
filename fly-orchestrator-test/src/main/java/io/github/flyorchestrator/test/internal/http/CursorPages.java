package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.internal.ApiError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Cursor pagination as the org listings and the certificate list serve it: items sorted by a unique key, a page of at
 * most {@code min(limit, page size)} items, and an opaque {@code next_cursor} (the last item's key, base64url) when
 * more follow. A cursor stays valid when items are added or removed: the next page starts after its key.
 */
final class CursorPages {

  /** The largest {@code limit} the spec allows. */
  static final int MAX_LIMIT = 1000;

  private CursorPages() {
  }

  /**
   * One page.
   *
   * @param items the page's items
   * @param nextCursor the cursor of the next page, or {@code null} on the last page
   * @param <T> item type
   */
  record Page<T>(List<T> items, String nextCursor) {
  }

  /**
   * @param sorted every item, sorted by {@code key}
   * @param key an item's unique sort key
   * @param call the request, read for {@code cursor} and {@code limit}
   * @param pageSize the simulator's largest page
   * @param <T> item type
   * @return the page the request asks for
   * @throws ApiError 400 for a cursor it did not write or a limit outside 1..1000
   */
  static <T> Page<T> page(List<T> sorted, Function<T, String> key, ApiCall call, int pageSize) {
    int size = Math.min(limit(call.query("limit")), pageSize);
    String cursor = call.query("cursor");
    String after = cursor == null || cursor.isEmpty() ? null : decode(cursor);
    List<T> remaining = after == null ? sorted
        : sorted.stream().filter(item -> key.apply(item).compareTo(after) > 0).toList();
    if (remaining.size() <= size) {
      return new Page<>(remaining, null);
    }
    List<T> items = remaining.subList(0, size);
    String last = key.apply(items.get(items.size() - 1));
    return new Page<>(items, Base64.getUrlEncoder().withoutPadding()
        .encodeToString(last.getBytes(StandardCharsets.UTF_8)));
  }

  private static int limit(String value) {
    if (value == null || value.isEmpty()) {
      return MAX_LIMIT;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiError.badRequest("invalid_argument: limit must be a whole number from 1 to " + MAX_LIMIT);
  }

  private static String decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("invalid_argument: cursor is not one this API gave");
    }
  }

  /**
   * @param millis a time, epoch ms
   * @param id a unique id
   * @return a sort key that orders by time, then id
   */
  static String timeThenId(long millis, String id) {
    return String.format("%015d|%s", millis, id);
  }
}
