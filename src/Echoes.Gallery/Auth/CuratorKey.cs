using System.Security.Cryptography;
using System.Text;

namespace Echoes.Gallery.Auth;

/// <summary>
/// The curator key: 256 random bits shown once, stored only as its SHA-256 (a key this long needs no slow hash: there
/// is nothing to guess). Checks compare hashes in constant time.
/// </summary>
internal static class CuratorKey
{
    /// <summary>A new key, URL-safe base64.</summary>
    public static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>What is stored for a key.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether the key matches the stored hash.</summary>
    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));
}
