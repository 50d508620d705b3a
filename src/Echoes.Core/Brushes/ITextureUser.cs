namespace Echoes.Brushes;

/// <summary>Code that runs once per stroke with the stroke's brush texture as a type argument (see
/// <see cref="Brush.WithTexture"/>), so its per-pixel loop calls the texture directly.</summary>
internal interface ITextureUser
{
    /// <summary>Runs with <typeparamref name="TTexture"/> as the texture.</summary>
    void Use<TTexture>() where TTexture : struct, IBrushTexture;
}
