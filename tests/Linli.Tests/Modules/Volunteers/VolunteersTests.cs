using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Volunteers;

/// <summary>Volunteers under Order 67 through the API contract: registration with consent, service records, certificates anyone can check.</summary>
public sealed class VolunteersTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static object Service(string date, decimal hours, string activityName = "社区义诊") =>
        new { activityName, date, place = "社区多功能厅", content = "协助测量血压、引导居民排队", hours, organizer = "青桐社区居委会", personInCharge = "王社工" };

    [Fact]
    public async Task A_volunteer_is_registered_with_consent_and_a_certificate_of_the_hours_is_checked_by_anyone()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var resident = await AResident("张志愿").Male().BornOn("1958-03-12").WithIdNumber("110101195803120015").CreateAsync(staff, tree.UnitA);

        var noConsent = await (await staff.PostAsJsonAsync("/api/v1/volunteers", new { residentId = resident, skills = new[] { "量血压" }, consent = false }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(noConsent.GetProperty("errors").TryGetProperty("consent", out _));
        var volunteer = await (await staff.PostAsJsonAsync("/api/v1/volunteers", new { residentId = resident, skills = new[] { "量血压", "理发" }, consent = true }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = volunteer.GetProperty("id").GetInt32();
        var number = volunteer.GetProperty("volunteerNumber").GetString()!;
        Assert.Matches(@"^V\d{10}$", number);
        Assert.DoesNotContain("110101", number);
        await (await staff.PostAsJsonAsync("/api/v1/volunteers", new { residentId = resident, skills = new[] { "量血压" }, consent = true })).ReadJsonAsync(HttpStatusCode.Conflict);

        // Nothing served yet: nothing to certify.
        await (await staff.PostAsync($"/api/v1/volunteers/{id}/certificates", null)).ReadJsonAsync(HttpStatusCode.Conflict);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var record = await (await staff.PostAsJsonAsync($"/api/v1/volunteers/{id}/service-records", Service(today.AddDays(-1).ToString("yyyy-MM-dd"), 2.5m)))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.False(record.GetProperty("late").GetBoolean());
        var late = await (await staff.PostAsJsonAsync($"/api/v1/volunteers/{id}/service-records", Service(today.AddDays(-30).ToString("yyyy-MM-dd"), 3m, "垃圾分类宣传")))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.True(late.GetProperty("late").GetBoolean());
        var tooLong = await (await staff.PostAsJsonAsync($"/api/v1/volunteers/{id}/service-records", Service(today.ToString("yyyy-MM-dd"), 25m))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("hours", out _));
        var missing = await (await staff.PostAsJsonAsync($"/api/v1/volunteers/{id}/service-records", new { activityName = "义诊", date = today.ToString("yyyy-MM-dd"), hours = 1 }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(missing.GetProperty("errors").TryGetProperty("personInCharge", out _));

        var certificate = await (await staff.PostAsync($"/api/v1/volunteers/{id}/certificates", null)).ReadJsonAsync(HttpStatusCode.Created);
        var certNumber = certificate.GetProperty("number").GetString()!;
        Assert.EndsWith($"/verify/{certNumber}", certificate.GetProperty("verifyUrl").GetString());

        var anyone = factory.CreateClient();
        var check = await (await anyone.GetAsync($"/api/v1/certificates/{certNumber}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(check.GetProperty("valid").GetBoolean());
        Assert.Equal(5.5m, check.GetProperty("hours").GetDecimal());
        Assert.Contains("社区义诊", check.GetProperty("content").GetString());
        Assert.Equal("甲社区", check.GetProperty("recordingUnit").GetString());
        Assert.Equal("张**", check.GetProperty("volunteer").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/api/v1/certificates/ZS2026NOTAREAL1")).StatusCode);
        var page = WebUtility.HtmlDecode(await anyone.GetStringAsync($"/verify/{certNumber}"));
        Assert.Contains("这份证明真实有效", page);
        Assert.Contains("5.5小时（2次服务）", page);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/verify/ZS2026NOTAREAL1")).StatusCode);
    }
}
