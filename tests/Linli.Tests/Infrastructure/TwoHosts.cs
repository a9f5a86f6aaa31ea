namespace Linli.Tests.Infrastructure;

/// <summary>
/// Two Linli hosts on one PostgreSQL database, as production runs behind a load balancer: each its own process
/// state, data folder and scheduler, sharing the database and, as production hosts must, the field keys (which also
/// seal the data-protection key ring). The jobs fire every second and a half, each firing logged.
/// </summary>
public sealed class TwoHosts : IDisposable
{
    public const string JobInterval = "0.025";

    public TwoHosts()
    {
        if (!TestDatabase.IsPostgres) throw new InvalidOperationException("Several hosts share a PostgreSQL database; run with LINLI_TEST_DB=postgres.");
        string Key() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        KeyValuePair<string, string>[] settings =
        [
            new("Linli:Jobs:IntervalMinutes", JobInterval), new("Logging:LogLevel:Linli.Web.Platform.Jobs", "Debug"),
            new("Linli:Encryption:ActiveKey", "k1"), new("Linli:Encryption:Keys:k1", Key()), new("Linli:Encryption:LookupKey", Key()),
        ];
        A = new Host(null, settings);
        A.CreateClient();
        B = new Host(A.Database, settings);
        B.CreateClient();
    }

    public LinliFactory A { get; }
    public LinliFactory B { get; }

    public void Dispose()
    {
        B.Dispose();
        A.Dispose();
    }

    private sealed class Host(TestDatabase? shared, KeyValuePair<string, string>[] settings) : LinliFactory(shared)
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => settings;
    }
}
