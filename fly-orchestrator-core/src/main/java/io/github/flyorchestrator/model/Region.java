package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A platform region ({@code main.regionRow}).
 *
 * @param code region code, e.g. {@code ams}
 * @param name name
 * @param geoRegion geographic area
 * @param latitude latitude
 * @param longitude longitude
 * @param gatewayAvailable has a WireGuard gateway
 * @param requiresPaidPlan needs a paid plan
 * @param deprecated deprecated
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Region(
    @JsonProperty("code") String code,
    @JsonProperty("name") String name,
    @JsonProperty("geo_region") String geoRegion,
    @JsonProperty("latitude") Double latitude,
    @JsonProperty("longitude") Double longitude,
    @JsonProperty("gateway_available") Boolean gatewayAvailable,
    @JsonProperty("requires_paid_plan") Boolean requiresPaidPlan,
    @JsonProperty("deprecated") Boolean deprecated) {
}
