namespace Echoes.Scenes;

/// <summary>What a figure wears over its body: the mass a painter lays first, the silhouette a viewer reads as a person.</summary>
internal enum Garment
{
    /// <summary>A short jacket over trousers: the legs show whole.</summary>
    Jacket,

    /// <summary>A shirt tucked into trousers: a slim body to the hip, the legs whole, nothing hanging.</summary>
    Shirt,

    /// <summary>A coat to the knee, widening from the waist.</summary>
    Coat,

    /// <summary>A long skirt or dress, widening to the ankles.</summary>
    Dress,

    /// <summary>A cloak hung from the shoulders over the arms, widening to the calf.</summary>
    Cloak,
}
