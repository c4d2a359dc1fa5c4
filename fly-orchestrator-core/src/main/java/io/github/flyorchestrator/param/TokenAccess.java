package io.github.flyorchestrator.param;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The access to check with {@code POST /v1/tokens/authorize} ({@code main.TokenAccess}). Build it with
 * {@link #builder()}; a part left unset ({@code null}, empty) is not sent.
 *
 * @param action action bits: 1 read, 2 write, 4 create, 8 delete, 16 control, 31 all
 * @param orgSlug organization being accessed
 * @param orgFeature organization feature, e.g. {@code wg}, {@code builder}
 * @param appName app being accessed
 * @param appFeature app feature, e.g. {@code images}
 * @param machineId machine being accessed
 * @param machineFeature machine feature, e.g. {@code metadata}, {@code oidc}, {@code kmstoken}
 * @param volumeId volume being accessed
 * @param storageObject storage object being accessed
 * @param mutation GraphQL mutation being performed
 * @param sourceMachine machine id of the actor
 * @param command command being executed on the machine
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TokenAccess(
    @JsonProperty("action") Integer action,
    @JsonProperty("org_slug") String orgSlug,
    @JsonProperty("org_feature") String orgFeature,
    @JsonProperty("app_name") String appName,
    @JsonProperty("app_feature") String appFeature,
    @JsonProperty("machine_id") String machineId,
    @JsonProperty("machine_feature") String machineFeature,
    @JsonProperty("volume_id") String volumeId,
    @JsonProperty("storage_object") String storageObject,
    @JsonProperty("mutation") String mutation,
    @JsonProperty("source_machine") String sourceMachine,
    @JsonProperty("command") List<String> command) {

  /** Copies the command. */
  public TokenAccess {
    command = command == null ? List.of() : List.copyOf(command);
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link TokenAccess}; what is not set is not sent. Not thread-safe. */
  public static final class Builder {
    private Integer action;
    private String orgSlug;
    private String orgFeature;
    private String appName;
    private String appFeature;
    private String machineId;
    private String machineFeature;
    private String volumeId;
    private String storageObject;
    private String mutation;
    private String sourceMachine;
    private List<String> command;

    private Builder() {
    }

    /**
     * @param value action bits: 1 read, 2 write, 4 create, 8 delete, 16 control, 31 all
     * @return this builder
     */
    public Builder action(int value) {
      this.action = value;
      return this;
    }

    /**
     * @param value organization being accessed
     * @return this builder
     */
    public Builder orgSlug(String value) {
      this.orgSlug = value;
      return this;
    }

    /**
     * @param value organization feature, e.g. {@code wg}, {@code builder}
     * @return this builder
     */
    public Builder orgFeature(String value) {
      this.orgFeature = value;
      return this;
    }

    /**
     * @param value app being accessed
     * @return this builder
     */
    public Builder appName(String value) {
      this.appName = value;
      return this;
    }

    /**
     * @param value app feature, e.g. {@code images}
     * @return this builder
     */
    public Builder appFeature(String value) {
      this.appFeature = value;
      return this;
    }

    /**
     * @param value machine being accessed
     * @return this builder
     */
    public Builder machineId(String value) {
      this.machineId = value;
      return this;
    }

    /**
     * @param value machine feature, e.g. {@code metadata}, {@code oidc}, {@code kmstoken}
     * @return this builder
     */
    public Builder machineFeature(String value) {
      this.machineFeature = value;
      return this;
    }

    /**
     * @param value volume being accessed
     * @return this builder
     */
    public Builder volumeId(String value) {
      this.volumeId = value;
      return this;
    }

    /**
     * @param value storage object being accessed
     * @return this builder
     */
    public Builder storageObject(String value) {
      this.storageObject = value;
      return this;
    }

    /**
     * @param value GraphQL mutation being performed
     * @return this builder
     */
    public Builder mutation(String value) {
      this.mutation = value;
      return this;
    }

    /**
     * @param value machine id of the actor
     * @return this builder
     */
    public Builder sourceMachine(String value) {
      this.sourceMachine = value;
      return this;
    }

    /**
     * @param value command being executed on the machine
     * @return this builder
     */
    public Builder command(List<String> value) {
      this.command = value;
      return this;
    }

    /** @return the access */
    public TokenAccess build() {
      return new TokenAccess(action, orgSlug, orgFeature, appName, appFeature, machineId, machineFeature, volumeId,
          storageObject, mutation, sourceMachine, command);
    }
  }
}
