using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linli.Tests.Platform.Privacy;

public sealed class SensitiveDataTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private const string Phone = "13987654321";

    [Fact]
    public async Task A_phone_is_encrypted_at_rest_masked_in_lists_and_absent_from_logs()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        await TestTree.CreateUserAsync(admin, "privateperson", "SocialWorker", tree.CommunityA, Phone);

        var stored = await factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT \"PhoneNumber\" AS \"Value\" FROM platform_users WHERE \"UserName\" = 'privateperson'").SingleAsync());
        Assert.StartsWith("enc:v1:", stored);
        Assert.DoesNotContain("987654", stored);

        var users = await (await admin.GetAsync("/api/v1/users")).ReadJsonAsync(HttpStatusCode.OK);
        var listed = users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "privateperson");
        Assert.Equal("139****4321", listed.GetProperty("phoneMasked").GetString());
        Assert.DoesNotContain(Phone, users.ToString());

        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(Phone, StringComparison.Ordinal) || line.Contains("987654", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unmasking_needs_a_reason_and_leaves_an_access_record_and_an_audit_entry()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        await TestTree.CreateUserAsync(admin, "unmaskme", "SocialWorker", tree.CommunityA, Phone.Replace("139", "137", StringComparison.Ordinal));
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "unmaskme").Select(u => u.Id).SingleAsync());

        var noReason = await (await admin.PostAsJsonAsync("/api/v1/privacy/unmask", new { subjectType = "User", subjectId = id, field = "phone", reason = " " }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));

        var staffA = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var shown = await (await staffA.PostAsJsonAsync("/api/v1/privacy/unmask", new { subjectType = "User", subjectId = id, field = "phone", reason = "电话回访核实" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("13787654321", shown.GetProperty("value").GetString());

        var (record, audited) = await factory.WithDbAsync(async db => (
            await db.AccessRecords.SingleAsync(r => r.SubjectId == id),
            await db.AuditEntries.AnyAsync(a => a.Action == "privacy.unmask" && a.SubjectId == id)));
        Assert.Equal(tree.StaffA, record.ActorName);
        Assert.Equal("电话回访核实", record.Reason);
        Assert.Equal("phone", record.Field);
        Assert.True(audited);
    }

    [Fact]
    public async Task Unmasking_needs_the_permission()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        await TestTree.CreateUserAsync(admin, "streetofficer", "StreetOfficer", tree.Street);
        var officer = await factory.ClientForAsync("streetofficer", TestTree.Password);
        var response = await officer.PostAsJsonAsync("/api/v1/privacy/unmask", new { subjectType = "User", subjectId = "x", field = "phone", reason = "想看看而已" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
