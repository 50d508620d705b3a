using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Echoes.Gallery.Auth;

/// <summary>
/// ASP.NET Core Data Protection's keys (which sign the curator's cookie and the anti-forgery tokens) kept in the shared
/// PostgreSQL database, so a cookie or form from one server is good on every other. Keys are only ever added; the
/// framework retires old ones itself. A single machine keeps them in its data folder instead.
/// </summary>
internal sealed class DatabaseKeyRepository(NpgsqlDataSource source) : IXmlRepository
{
    // Data Protection's interface is synchronous; it reads the keys once at start and then about once a day.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var c = source.OpenConnection();
        return [.. c.Query<string>("SELECT xml FROM data_protection_keys ORDER BY name").Select(x => XElement.Parse(x))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var c = source.OpenConnection();
        c.Execute("INSERT INTO data_protection_keys (name, xml) VALUES (@friendlyName, @xml) ON CONFLICT (name) DO NOTHING",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
