using Echoes.Gallery.Data;
using Npgsql;

namespace Echoes.Tests.Gallery;

/// <summary>The gallery's defaults for a PostgreSQL connection string (a bounded pool, a short timeout) give way to
/// what the string itself says, in any spelling the driver accepts.</summary>
public sealed class PostgresConnectionTests
{
    [Theory]
    [InlineData("Host=db;Database=g", PostgresConnection.MaxPoolSize, 5)]
    [InlineData("Host=db;Database=g;Maximum Pool Size=3", 3, 5)]
    [InlineData("Host=db;Database=g;MaxPoolSize=3;Timeout=9", 3, 9)]
    [InlineData("Host=db;Database=g;Command Timeout=30", PostgresConnection.MaxPoolSize, 5)]
    [InlineData("postgres://u:p@db/g?Maximum%20Pool%20Size=4&Timeout=7", 4, 7)]
    public void The_pool_and_timeout_are_the_galleries_unless_the_string_sets_them(string text, int pool, int timeout)
    {
        var b = PostgresConnection.Parse(text);
        Assert.Equal((pool, timeout), (b.MaxPoolSize, b.Timeout));
    }

    [Theory]
    [InlineData("Host=db;Database=g", PostgresConnection.AutoPrepared)]
    [InlineData("Host=db;Database=g;Max Auto Prepare=0", 0)]
    [InlineData("postgres://u:p@db/g?MaxAutoPrepare=5", 5)]
    public void Statements_are_prepared_unless_the_string_says_otherwise(string text, int prepared) =>
        Assert.Equal(prepared, PostgresConnection.Parse(text).MaxAutoPrepare);

    [Theory]
    [InlineData("Host=127.0.0.1;Database=g", SslMode.Disable)]
    [InlineData("Host=localhost;Database=g", SslMode.Disable)]
    [InlineData("Host=::1;Database=g", SslMode.Disable)]
    [InlineData("Host=127.0.0.1:5433,localhost;Database=g", SslMode.Disable)]
    [InlineData("postgres://u:p@127.0.0.1/g", SslMode.Disable)]
    [InlineData("Host=db;Database=g", SslMode.Prefer)]
    [InlineData("Host=127.0.0.1,db;Database=g", SslMode.Prefer)]
    [InlineData("Host=10.0.0.5;Database=g", SslMode.Prefer)]
    [InlineData("Host=127.0.0.1;Database=g;SSL Mode=Require", SslMode.Require)]
    [InlineData("postgres://u:p@localhost/g?sslmode=VerifyFull", SslMode.VerifyFull)]
    public void Tls_is_left_out_only_on_this_machine_and_unless_the_string_says_otherwise(string text, SslMode mode) =>
        Assert.Equal(mode, PostgresConnection.Parse(text).SslMode);
}
