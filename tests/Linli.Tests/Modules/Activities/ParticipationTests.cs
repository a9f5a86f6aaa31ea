using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Activities;

/// <summary>QR check-in, ratings, the promotion notice, who may sign up, and guardians acting for children.</summary>
public sealed class ParticipationTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private const string ResidentPassword = "Resident-pass-2026";

    private static string ChinaTime(DateTime utc) => utc.AddHours(8).ToString("yyyy-MM-ddTHH:mm:ss");

    [Fact]
    public async Task Once_an_activity_is_over_a_resident_can_no_longer_take_back_a_sign_up_and_the_page_offers_neither_button()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await AnActivity().StartingAt(DateTime.UtcNow.AddDays(3)).CreateAsync(staff, tree.CommunityA);
        var me = await AResident("报过名").BornOn("1950-01-01").CreateAsync(staff, tree.UnitA);
        var resident = await AccountAsync(staff, me);
        var signedUp = (await (await resident.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var userName = (await (await resident.GetAsync("/api/v1/me")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("userName").GetString()!;
        var page = await BrowserSession.SignInAsync(factory, userName, ResidentPassword);
        Assert.Contains($"value=\"cancel-{me}\"", await page.GetStringAsync($"/portal/activities/{activity}"), StringComparison.Ordinal);
        await (await staff.PutAsJsonAsync($"/api/v1/activities/{activity}/status", new { status = "Finished" })).ReadJsonAsync(HttpStatusCode.OK);

        var refused = await (await resident.DeleteAsync($"/api/v1/activities/{activity}/registrations/{signedUp}")).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("活动已经开始或结束，不能再取消报名。", refused.GetProperty("detail").GetString());
        var html = await page.GetStringAsync($"/portal/activities/{activity}");
        Assert.Contains("报过名", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"cancel-{me}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"signup-{me}\"", html, StringComparison.Ordinal);
        // Staff can still correct the record.
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/activities/{activity}/registrations/{signedUp}")).StatusCode);
    }

    private async Task<HttpClient> AccountAsync(HttpClient staff, int resident)
    {
        var userName = "r" + Guid.NewGuid().ToString("N")[..10];
        (await staff.PostAsJsonAsync($"/api/v1/residents/{resident}/account", new { userName, password = ResidentPassword })).EnsureSuccessStatusCode();
        return await factory.ClientForAsync(userName, ResidentPassword);
    }

    [Fact]
    public async Task A_resident_checks_in_with_the_posters_code_only_and_then_rates_the_activity()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await AnActivity().StartingAt(DateTime.UtcNow.AddMinutes(-10)).CreateAsync(staff, tree.CommunityA);
        var me = await AResident("扫码者").BornOn("1960-05-05").CreateAsync(staff, tree.UnitA);
        var resident = await AccountAsync(staff, me);

        // Rating before attending is refused; so is a check-in without the poster's code.
        await (await resident.PutAsJsonAsync($"/api/v1/activities/{activity}/rating", new { score = 5 })).ReadJsonAsync(HttpStatusCode.Conflict);
        var noCode = await (await resident.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { code = "guess" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(noCode.GetProperty("errors").TryGetProperty("code", out _));

        var path = (await (await staff.GetAsync($"/api/v1/activities/{activity}/checkin-code")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("path").GetString()!;
        var code = path[(path.IndexOf("code=", StringComparison.Ordinal) + 5)..];
        Assert.StartsWith($"/portal/activities/{activity}?code=", path);
        await (await resident.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { code })).ReadJsonAsync(HttpStatusCode.Created);
        await (await resident.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { code })).ReadJsonAsync(HttpStatusCode.Conflict);

        var tooHigh = await (await resident.PutAsJsonAsync($"/api/v1/activities/{activity}/rating", new { score = 6 })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(tooHigh.GetProperty("errors").TryGetProperty("score", out _));
        await (await resident.PutAsJsonAsync($"/api/v1/activities/{activity}/rating", new { score = 3, comment = "有点挤" })).ReadJsonAsync(HttpStatusCode.OK);
        await (await resident.PutAsJsonAsync($"/api/v1/activities/{activity}/rating", new { score = 4 })).ReadJsonAsync(HttpStatusCode.OK);

        var view = await (await staff.GetAsync($"/api/v1/activities/{activity}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, view.GetProperty("checkedInCount").GetInt32());
        Assert.Equal(1, view.GetProperty("ratingCount").GetInt32());
        Assert.Equal(4.0, view.GetProperty("averageRating").GetDouble());
        // The code is for the room: the resident's view of the activity does not carry it.
        Assert.DoesNotContain(code, await (await resident.GetAsync($"/api/v1/activities/{activity}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_posters_code_works_only_around_the_activitys_time_but_staff_can_record_later_with_a_reason()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await AnActivity().StartingAt(DateTime.UtcNow.AddDays(2)).CreateAsync(staff, tree.CommunityA);
        var me = await AResident("早到者").BornOn("1960-05-05").CreateAsync(staff, tree.UnitA);
        var resident = await AccountAsync(staff, me);
        var path = (await (await staff.GetAsync($"/api/v1/activities/{activity}/checkin-code")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("path").GetString()!;
        var code = path[(path.IndexOf("code=", StringComparison.Ordinal) + 5)..];
        await (await resident.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { code })).ReadJsonAsync(HttpStatusCode.Conflict);

        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = me })).ReadJsonAsync(HttpStatusCode.Created);
        var unexplained = await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = me })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["现在不在签到时间内（活动开始前 1 小时至结束），请写明补签原因（不超过 200 字）。"],
            unexplained.GetProperty("errors").GetProperty("reason").EnumerateArray().Select(e => e.GetString()));
        var page = await BrowserSession.SignInAsync(factory, tree.StaffA, TestTree.Password);
        Assert.Contains("name=\"CheckInReason\"", await page.GetStringAsync($"/console/activities/{activity}"), StringComparison.Ordinal);
        var recorded = await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = me, reason = " 纸质签到表补录 " }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("纸质签到表补录", recorded.GetProperty("reason").GetString());
        Assert.Contains("纸质签到表补录", await page.GetStringAsync($"/console/activities/{activity}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Within_the_check_in_window_staff_check_in_without_a_reason_and_the_page_asks_for_none()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await AnActivity().StartingAt(DateTime.UtcNow.AddMinutes(30)).CreateAsync(staff, tree.CommunityA);
        var me = await AResident("准时者").BornOn("1960-05-05").CreateAsync(staff, tree.UnitA);
        var page = await BrowserSession.SignInAsync(factory, tree.StaffA, TestTree.Password);
        Assert.DoesNotContain("name=\"CheckInReason\"", await page.GetStringAsync($"/console/activities/{activity}"), StringComparison.Ordinal);

        var recorded = await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = me, reason = "不需要" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, recorded.GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task Staff_check_a_resident_in_by_the_code_on_their_portal_card()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await AnActivity().StartingAt(DateTime.UtcNow.AddHours(1)).CreateAsync(staff, tree.CommunityA);
        var me = await AResident("持码者").BornOn("1950-05-05").CreateAsync(staff, tree.UnitA);
        var card = "";
        await factory.WithServicesAsync(services =>
        {
            card = services.GetRequiredService<Linli.Web.Modules.Residents.SelfService.ResidentCard>().CodeFor(me);
            return Task.CompletedTask;
        });

        var bad = await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentCode = "R" + me })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(bad.GetProperty("errors").TryGetProperty("residentCode", out _));
        var checkIn = await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentCode = card, reason = "纸质签到表补录" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(me, checkIn.GetProperty("residentId").GetInt32());
        Assert.True(checkIn.GetProperty("walkIn").GetBoolean());
    }

    [Fact]
    public async Task The_promoted_resident_is_told_in_the_portal_or_by_text_message()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await AnActivity().StartingAt(DateTime.UtcNow.AddDays(3)).WithCapacity(1).CreateAsync(staff, tree.CommunityA);
        var seated = await AResident("先到者").BornOn("1950-01-01").CreateAsync(staff, tree.UnitA);
        var withAccount = await AResident("有账号").BornOn("1950-01-01").CreateAsync(staff, tree.UnitA);
        var phoneOnly = await AResident("只有手机").BornOn("1940-01-01").WithPhone("13700001111").CreateAsync(staff, tree.UnitA);
        var resident = await AccountAsync(staff, withAccount);
        var first = (await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = seated })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var second = (await (await resident.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = phoneOnly })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Empty((await (await resident.GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());

        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/activities/{activity}/registrations/{first}")).StatusCode);
        var notices = (await (await resident.GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        var notice = Assert.Single(notices);
        Assert.Contains("亲子手工", notice.GetProperty("text").GetString());
        Assert.Equal($"/portal/activities/{activity}", notice.GetProperty("link").GetString());
        Assert.False(notice.GetProperty("read").GetBoolean());

        // The next promotion goes to someone with a phone but no account: a text message, its number masked in the log.
        Assert.Equal(HttpStatusCode.NoContent, (await resident.DeleteAsync($"/api/v1/activities/{activity}/registrations/{second}")).StatusCode);
        var line = Assert.Single(factory.Logs.Lines, l => l.Contains("Message to", StringComparison.Ordinal) && l.Contains("亲子手工", StringComparison.Ordinal));
        Assert.Contains("137****1111", line);
        Assert.DoesNotContain("13700001111", line);

        Assert.Equal(HttpStatusCode.NoContent, (await resident.PostAsync("/api/v1/notifications/read", null)).StatusCode);
        Assert.True((await (await resident.GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK))[0].GetProperty("read").GetBoolean());
    }

    [Fact]
    public async Task Only_the_eligible_sign_up_and_a_guardian_signs_up_their_child()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var thisYear = DateTime.UtcNow.AddHours(8).Year;
        var elder = await AResident("高龄者").BornOn("1930-03-03").CreateAsync(staff, tree.UnitA);
        var parent = await AResident("家长").BornOn("1990-03-03").CreateAsync(staff, tree.UnitA);
        var child = await AResident("孩子").BornOn($"{thisYear - 8}-03-03").CreateAsync(staff, tree.UnitA);
        var otherChild = await AResident("别人家孩子").BornOn($"{thisYear - 9}-03-03").CreateAsync(staff, tree.UnitA);

        var forElders = await AnActivity().StartingAt(DateTime.UtcNow.AddDays(3)).With("eligibility", "Tag").With("eligibleTag", "80+").CreateAsync(staff, tree.CommunityA);
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{forElders}/registrations", new { residentId = elder })).ReadJsonAsync(HttpStatusCode.Created);
        var refused = await (await staff.PostAsJsonAsync($"/api/v1/activities/{forElders}/registrations", new { residentId = parent })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("该居民不符合本活动的报名条件。", refused.GetProperty("errors").GetProperty("residentId")[0].GetString());

        // Guardians: an adult for a child, never the other way round.
        var notChild = await (await staff.PostAsJsonAsync($"/api/v1/residents/{parent}/guardians", new { guardianId = elder })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(notChild.GetProperty("errors").TryGetProperty("childId", out _));
        var childGuardian = await (await staff.PostAsJsonAsync($"/api/v1/residents/{otherChild}/guardians", new { guardianId = child })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(childGuardian.GetProperty("errors").TryGetProperty("guardianId", out _));
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/residents/{child}/guardians", new { guardianId = parent })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/residents/{child}/guardians", new { guardianId = parent })).StatusCode);
        Assert.Equal("家长", (await (await staff.GetAsync($"/api/v1/residents/{child}/guardians")).ReadJsonAsync(HttpStatusCode.OK))[0].GetProperty("name").GetString());

        var forChildren = await AnActivity().StartingAt(DateTime.UtcNow.AddDays(3)).With("eligibility", "Children").CreateAsync(staff, tree.CommunityA);
        var guardian = await AccountAsync(staff, parent);
        await (await guardian.PostAsJsonAsync($"/api/v1/activities/{forChildren}/registrations", new { })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        var signed = await (await guardian.PostAsJsonAsync($"/api/v1/activities/{forChildren}/registrations", new { residentId = child })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(child, signed.GetProperty("residentId").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await guardian.PostAsJsonAsync($"/api/v1/activities/{forChildren}/registrations", new { residentId = otherChild })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await guardian.DeleteAsync($"/api/v1/activities/{forChildren}/registrations/{signed.GetProperty("id").GetInt32()}")).StatusCode);
    }

    [Fact]
    public async Task Sign_ups_are_taken_only_inside_the_window()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var someone = await AResident("心急者").BornOn("1960-01-01").CreateAsync(staff, tree.UnitA);
        var opensTomorrow = await AnActivity().StartingAt(DateTime.UtcNow.AddDays(5)).With("signUpOpensAt", ChinaTime(DateTime.UtcNow.AddDays(1))).CreateAsync(staff, tree.CommunityA);
        var closed = await (await staff.PostAsJsonAsync($"/api/v1/activities/{opensTomorrow}/registrations", new { residentId = someone })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("该活动现在不接受报名。", closed.GetProperty("detail").GetString());
        var view = await (await staff.GetAsync($"/api/v1/activities/{opensTomorrow}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, view.GetProperty("confirmedCount").GetInt32());

        var backwards = await (await staff.PostAsJsonAsync("/api/v1/activities", new
        {
            communityId = tree.CommunityA, title = "倒置", capacity = 5, startsAt = ChinaTime(DateTime.UtcNow.AddDays(5)), endsAt = ChinaTime(DateTime.UtcNow.AddDays(5).AddHours(1)),
            signUpOpensAt = ChinaTime(DateTime.UtcNow.AddDays(6)),
        })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(backwards.GetProperty("errors").TryGetProperty("signUpOpensAt", out _));
    }
}
