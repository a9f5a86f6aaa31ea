using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Linli.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Platform.Audit;

public sealed class AuditLogTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Sign_ins_are_chained_and_the_chain_verifies()
    {
        var admin = await factory.AdminAsync();
        var page = await (await admin.GetAsync("/api/v1/audit?action=auth.signin")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.NotEmpty(page.GetProperty("items").EnumerateArray());
        var verification = await (await admin.GetAsync("/api/v1/audit/verify")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(verification.GetProperty("valid").GetBoolean(), verification.ToString());
    }

    [Fact]
    public async Task The_audit_page_tells_what_happened_to_whom_in_words()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var child = await AResident("审计小明").BornOn("2018-05-01").CreateAsync(staff, tree.UnitA);
        var mother = await AResident("审计王芳").BornOn("1988-05-01").CreateAsync(staff, tree.UnitA);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/residents/{child}/guardians", new { guardianId = mother })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/api/v1/residents/{mother}/care", new { grade = "A", responsible = "李社工" })).StatusCode);

        var page = WebUtility.HtmlDecode(await (await BrowserSession.SignInAsync(factory, "admin", LinliFactory.AdminPassword)).GetStringAsync("/console/audit"));
        string Row(string action) => System.Text.RegularExpressions.Regex.Matches(page, "<tr>.*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Value).First(r => r.Contains(action, StringComparison.Ordinal));

        var guardian = Row("resident.guardian.added");
        Assert.Contains("居民 审计小明", guardian);
        Assert.Contains("监护人：审计王芳", guardian);
        Assert.DoesNotContain($"guardian={mother}", guardian);
        var care = Row("care.recipient-set");
        Assert.Contains("居民 审计王芳", care);
        Assert.Contains("关爱等级：A 级（每周联系）", care);
    }

    [Fact]
    public async Task The_database_refuses_to_edit_or_delete_an_entry()
    {
        await factory.AdminAsync();
        foreach (var sql in new[] { "UPDATE platform_audit_entries SET \"Summary\" = 'rewritten'", "DELETE FROM platform_audit_entries" })
        {
            // SqliteException or PostgresException, raised by the log's trigger with its own words.
            var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql)));
            Assert.Contains("the audit log is append-only", refused.Message);
        }
    }

    [Fact]
    public async Task Concurrent_writers_never_fork_the_chain()
    {
        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => factory.WithServicesAsync(services =>
            services.GetRequiredService<AuditLog>().RecordAsync("test.concurrent", "Test", i.ToString(), "parallel append"))));
        var (verification, sequences) = await factory.WithDbAsync(async db => (
            await new AuditVerifier(db).VerifyAsync(),
            await db.AuditEntries.Where(a => a.Action == "test.concurrent").Select(a => a.Sequence).ToListAsync()));
        Assert.True(verification.Valid, verification.Problem);
        Assert.Equal(24, sequences.Distinct().Count());
    }
}
