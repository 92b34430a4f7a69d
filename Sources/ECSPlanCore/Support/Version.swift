/// The one source of truth for the version (`ecsplan --version`, plan files, CHANGELOG).
public enum ECSPlanVersion {
    public static let current = "0.1.0"
}
