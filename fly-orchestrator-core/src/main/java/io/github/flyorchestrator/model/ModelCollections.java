package io.github.flyorchestrator.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies that tolerate {@code null} values inside JSON-shaped maps. */
final class ModelCollections {

  private ModelCollections() {
  }

  /**
   * Copies a map that may hold {@code null} values (JSON allows them), keeping insertion order.
   *
   * @param map the map or {@code null}
   * @return an unmodifiable copy, empty for {@code null}
   */
  static <V> Map<String, V> copyOfNullable(Map<String, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
