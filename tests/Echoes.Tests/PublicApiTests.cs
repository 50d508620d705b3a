using System.Reflection;

namespace Echoes.Tests;

/// <summary>
/// Echoes.Core's public API is Echoes' own: a public or protected signature names only Echoes' and .NET's types, never
/// one from SkiaSharp (or any other library Core uses inside), so a user of the package never needs to reference them
/// and Core can change how it encodes, draws and reads without breaking its users.
/// </summary>
public sealed class PublicApiTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static
        | BindingFlags.DeclaredOnly;

    private static readonly Assembly Core = typeof(EchoesException).Assembly;

    [Fact]
    public void No_public_signature_of_core_names_a_skia_type_or_another_librarys()
    {
        var leaks = Core.GetExportedTypes().SelectMany(Leaks).Order(StringComparer.Ordinal).ToList();
        Assert.True(leaks.Count == 0, $"other libraries' types in Echoes.Core's public API:\n{string.Join("\n", leaks)}");
    }

    [Fact]
    public void The_check_sees_a_skia_type_deep_in_a_signature()
    {
        Assert.NotEmpty(Leaks(typeof(LeakyExample)));
        Assert.Empty(Leaks(typeof(EchoesException)));
    }

    /// <summary>Every public or protected member of <paramref name="type"/> whose signature names a type of another library.</summary>
    private static IEnumerable<string> Leaks(Type type)
    {
        foreach (var t in new[] { type.BaseType }.Concat(type.GetInterfaces()))
            if (t is not null && Names(t).Any(IsForeign)) yield return $"{type.FullName}: derives from {t}";
        foreach (var m in type.GetMembers(Declared).Where(IsVisible))
            if (SignatureOf(m).SelectMany(Names).FirstOrDefault(IsForeign) is { } foreign)
                yield return $"{type.FullName}.{m.Name}: {foreign.FullName}";
    }

    // Neither Echoes' own nor .NET's (a generic parameter stands for whatever the caller gives).
    private static bool IsForeign(Type t) => !t.IsGenericParameter && t.Namespace is { } ns
        && !(ns is "System" or "Echoes" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Echoes.", StringComparison.Ordinal));

    private static bool IsVisible(MemberInfo m) => m switch
    {
        MethodBase b => b.IsPublic || b.IsFamily || b.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        Type t => t.IsNestedPublic || t.IsNestedFamily || t.IsNestedFamORAssem,
        _ => false,
    };

    private static IEnumerable<Type> SignatureOf(MemberInfo m) => m switch
    {
        MethodInfo mi => [mi.ReturnType, .. mi.GetParameters().Select(p => p.ParameterType)],
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        FieldInfo f => [f.FieldType],
        PropertyInfo p => [p.PropertyType, .. p.GetIndexParameters().Select(i => i.ParameterType)],
        EventInfo e => e.EventHandlerType is { } h ? [h] : [],
        _ => [], // nested types are checked on their own: GetExportedTypes lists them
    };

    // The type and everything it is made of: element types (arrays, by-ref, pointers) and generic arguments (tuples, nullables).
    private static IEnumerable<Type> Names(Type t)
    {
        yield return t;
        if (t.HasElementType)
            foreach (var e in Names(t.GetElementType()!)) yield return e;
        if (t.IsGenericType)
            foreach (var g in t.GetGenericArguments().SelectMany(Names)) yield return g;
    }

    public sealed class LeakyExample
    {
        public (int, SkiaSharp.SKColor?)[] Colors { get; } = [];
    }
}
