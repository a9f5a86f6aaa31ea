namespace Linli.Web.Platform.Hosting;

/// <summary>The command line the host is built with.</summary>
public static class HostArguments
{
    /// <summary>
    /// Settings are read once at start. Watching appsettings for changes means watching the whole content root,
    /// and the data directory lives under it by default: the watcher then woke on every write to the SQLite file
    /// and its WAL, about 5% of the CPU during a sign-up rush. Given first, so a later argument can still turn
    /// watching back on.
    /// </summary>
    public static string[] WithoutConfigWatching(string[] args) => ["--hostBuilder:reloadConfigOnChange=false", .. args];
}
