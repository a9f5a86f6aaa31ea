using System.Net;
using Linli.Tests.Infrastructure;
using Linli.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Platform.Audit;

/// <summary>Each tampering test has a host of its own: after it, that host's chain stays broken.</summary>
public sealed class AuditEditTamperTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task An_edited_entry_is_reported_as_the_first_tampered_one()
    {
        var target = await Tamper.SeedAsync(factory, count: 6, index: 3);
        await Tamper.AsDatabaseOwnerAsync(factory, "UPDATE platform_audit_entries SET \"Summary\" = 'nothing happened' WHERE \"Sequence\" = {0}", target);

        var admin = await factory.AdminAsync();
        var verification = await (await admin.GetAsync("/api/v1/audit/verify")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.Equal(target, verification.GetProperty("firstTamperedSequence").GetInt64());
    }
}

public sealed class AuditDeleteTamperTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task A_deleted_entry_is_reported_where_the_gap_is()
    {
        var target = await Tamper.SeedAsync(factory, count: 4, index: 2);
        await Tamper.AsDatabaseOwnerAsync(factory, "DELETE FROM platform_audit_entries WHERE \"Sequence\" = {0}", target);
        var verification = await factory.WithDbAsync(db => new AuditVerifier(db).VerifyAsync());
        Assert.False(verification.Valid);
        Assert.Equal(target, verification.FirstTamperedSequence);
        Assert.Contains("missing", verification.Problem);
    }
}

internal static class Tamper
{
    /// <summary>Adds entries and returns the sequence number of the one at <paramref name="index"/>.</summary>
    public static async Task<long> SeedAsync(LinliFactory factory, int count, int index)
    {
        long target = 0;
        for (var i = 0; i < count; i++)
        {
            var n = i;
            await factory.WithServicesAsync(async services =>
            {
                var entry = await services.GetRequiredService<AuditLog>().RecordAsync("test.seed", "Test", n.ToString(), $"entry {n}");
                if (n == index) target = entry.Sequence;
            });
        }
        return target;
    }

    /// <summary>What someone with the database owner's rights could do: switch the guard off and change the table behind Linli's back.</summary>
    public static async Task AsDatabaseOwnerAsync(LinliFactory factory, string sql, long sequence) => await factory.WithDbAsync(async db =>
    {
        var postgres = db.Database.IsNpgsql();
        await db.Database.ExecuteSqlRawAsync(postgres
            ? "ALTER TABLE platform_audit_entries DISABLE TRIGGER USER"
            : "DROP TRIGGER platform_audit_entries_no_update; DROP TRIGGER platform_audit_entries_no_delete;");
        await db.Database.ExecuteSqlRawAsync(sql, sequence);
        if (postgres) await db.Database.ExecuteSqlRawAsync("ALTER TABLE platform_audit_entries ENABLE TRIGGER USER");
        return 0;
    });
}
