namespace Linli.Web.Platform.Hosting;

/// <summary>The "Linli" configuration section. Every key has a default so Linli starts with nothing configured.</summary>
public sealed class LinliOptions
{
    public const string Section = "Linli";

    /// <summary>Where the SQLite file, generated keys and uploaded files live. Relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Sqlite (default) or Postgres. The connection string is ConnectionStrings:Linli.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Seed the demo district on first start with an empty database.</summary>
    public bool Demo { get; set; }

    public AdminOptions Admin { get; set; } = new();

    /// <summary>Minutes a console session may stay idle before the user must sign in again.</summary>
    public int SessionIdleMinutes { get; set; } = 120;

    /// <summary>Lifetime of an API bearer token.</summary>
    public int TokenMinutes { get; set; } = 60;

    /// <summary>Addresses of reverse proxies whose X-Forwarded-* headers are trusted.</summary>
    public string[] KnownProxies { get; set; } = [];

    public string ResolveDataDirectory(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(contentRoot, DataDirectory));
}

public sealed class AdminOptions
{
    public string UserName { get; set; } = "admin";
    public string? Password { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
