using System.Reflection;

namespace Echoes;

/// <summary>Facts about this build of the engine.</summary>
public static class EngineInfo
{
    /// <summary>The engine version (informational, e.g. <c>0.1.0</c>).</summary>
    public static string Version { get; } =
        typeof(EngineInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
