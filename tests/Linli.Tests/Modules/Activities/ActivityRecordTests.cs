using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Qr;
using Microsoft.EntityFrameworkCore;

namespace Linli.Tests.Modules.Activities;

/// <summary>After the activity: the record, its photos, the satisfaction forms summed up, and the public page that leads to the next sign-up.</summary>
public sealed class ActivityRecordTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private const string ResidentPassword = "Resident-pass-2026";

    private static string ChinaTime(DateTime utc) => utc.AddHours(8).ToString("yyyy-MM-ddTHH:mm:ss");

    private static async Task<int> ActivityAsync(HttpClient staff, int community, DateTime startsUtc, string title = "重阳敬老午宴", string status = "Published") =>
        (await (await staff.PostAsJsonAsync("/api/v1/activities", new
        {
            communityId = community, title, capacity = 20, status, startsAt = ChinaTime(startsUtc), endsAt = ChinaTime(startsUtc.AddHours(2)),
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static MultipartFormDataContent Photo(byte[] bytes, string? caption = null, bool isPublic = false)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "photo.jpg" } };
        if (caption is not null) form.Add(new StringContent(caption), "caption");
        form.Add(new StringContent(isPublic ? "true" : "false"), "isPublic");
        return form;
    }

    /// <summary>A resident with an account, checked in by staff as a walk-in, who then fills in the satisfaction form.</summary>
    private async Task<HttpClient> AttendAndRateAsync(HttpClient staff, int unit, int activity, string name, object form)
    {
        var resident = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = unit, name, gender = "Female", birthDate = "1950-03-03" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var userName = "r" + Guid.NewGuid().ToString("N")[..10];
        (await staff.PostAsJsonAsync($"/api/v1/residents/{resident}/account", new { userName, password = ResidentPassword })).EnsureSuccessStatusCode();
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = resident, reason = "纸质签到表补录" })).ReadJsonAsync(HttpStatusCode.Created);
        var client = await factory.ClientForAsync(userName, ResidentPassword);
        await (await client.PutAsJsonAsync($"/api/v1/activities/{activity}/rating", form)).ReadJsonAsync(HttpStatusCode.OK);
        return client;
    }

    /// <summary>A page's text as a reader sees it (pages write Chinese as character references).</summary>
    private static async Task<string> Page(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    [Fact]
    public async Task Staff_write_the_record_and_the_satisfaction_forms_are_summed_up_without_names()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await ActivityAsync(staff, tree.CommunityA, DateTime.UtcNow.AddHours(-3));
        await AttendAndRateAsync(staff, tree.UnitA, activity, "满意者", new { score = 5, content = 4, organisation = 5, wouldReturn = true, comment = "饺子好吃" });
        await AttendAndRateAsync(staff, tree.UnitA, activity, "挑剔者", new { score = 4, organisation = 2, wouldReturn = false });
        var quiet = await AttendAndRateAsync(staff, tree.UnitA, activity, "沉默者", new { score = 4 });
        var badAspect = await (await quiet.PutAsJsonAsync($"/api/v1/activities/{activity}/rating", new { score = 4, content = 7 })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(badAspect.GetProperty("errors").TryGetProperty("content", out _));

        var empty = await (await staff.PutAsJsonAsync($"/api/v1/activities/{activity}/record", new { summary = "  ", published = true })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(empty.GetProperty("errors").TryGetProperty("summary", out _));
        var record = await (await staff.PutAsJsonAsync($"/api/v1/activities/{activity}/record", new { summary = "为80岁以上老人包饺子。\n志愿者6人。" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, record.GetProperty("publishedAt").ValueKind);
        Assert.Equal($"/a/{activity}", record.GetProperty("publicPath").GetString());

        var satisfaction = record.GetProperty("satisfaction");
        Assert.Equal(3, satisfaction.GetProperty("count").GetInt32());
        Assert.Equal(4.3, satisfaction.GetProperty("overall").GetDouble());
        Assert.Equal(4.0, satisfaction.GetProperty("content").GetDouble());
        Assert.Equal(3.5, satisfaction.GetProperty("organisation").GetDouble());
        Assert.Equal(2, satisfaction.GetProperty("wouldReturnAnswers").GetInt32());
        Assert.Equal(50m, satisfaction.GetProperty("wouldReturnPercent").GetDecimal());
        Assert.Equal(new[] { "饺子好吃" }, satisfaction.GetProperty("comments").EnumerateArray().Select(c => c.GetString()).ToArray());
        Assert.DoesNotContain("满意者", record.GetRawText());

        // The console's printable record shows the same figures.
        var page = await BrowserSession.SignInAsync(factory, tree.StaffA, TestTree.Password);
        var html = await Page(page, $"/console/activities/{activity}/record");
        Assert.Contains("为80岁以上老人包饺子。", html);
        Assert.Contains("3人次", html);
        Assert.Contains("愿意再来50%", html);
    }

    [Fact]
    public async Task Only_public_photos_of_a_published_record_reach_the_public_page_which_leads_to_the_next_sign_up()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var anyone = factory.CreateClient();
        var activity = await ActivityAsync(staff, tree.CommunityA, DateTime.UtcNow.AddHours(-3));
        var next = await ActivityAsync(staff, tree.CommunityA, DateTime.UtcNow.AddDays(6), "下月生日会");
        await ActivityAsync(staff, tree.CommunityA, DateTime.UtcNow.AddDays(3), "还没发布的活动", "Draft");
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new
        {
            residentId = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "到场者", gender = "Male", birthDate = "1948-08-08" }))
                .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32(),
            reason = "纸质签到表补录",
        })).ReadJsonAsync(HttpStatusCode.Created);

        var notAnImage = await (await staff.PostAsync($"/api/v1/activities/{activity}/photos", Photo("这不是照片"u8.ToArray()))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(notAnImage.GetProperty("errors").TryGetProperty("file", out _));
        var publicBytes = QrCode.Png("合影");
        var shared = (await (await staff.PostAsync($"/api/v1/activities/{activity}/photos", Photo(publicBytes, "大家的合影", isPublic: true)))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var kept = (await (await staff.PostAsync($"/api/v1/activities/{activity}/photos", Photo(QrCode.Png("特写"), "老人特写")))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var staffCopy = await staff.GetAsync($"/api/v1/activities/{activity}/photos/{kept}");
        Assert.Equal("image/png", staffCopy.Content.Headers.ContentType!.MediaType);

        // Before publishing, the page is the activity's poster and no photo answers.
        var before = await Page(anyone, $"/a/{activity}");
        Assert.Contains("重阳敬老午宴", before);
        Assert.DoesNotContain("大家的合影", before);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/a/{activity}/photos/{shared}")).StatusCode);

        await (await staff.PutAsJsonAsync($"/api/v1/activities/{activity}/record", new { summary = "包了三百个饺子。", published = true })).ReadJsonAsync(HttpStatusCode.OK);
        var after = await Page(anyone, $"/a/{activity}");
        Assert.Contains("包了三百个饺子。", after);
        Assert.Contains("1人次参加", after);
        Assert.Contains($"/a/{activity}/photos/{shared}", after);
        Assert.DoesNotContain($"/photos/{kept}", after);
        Assert.DoesNotContain("到场者", after);
        Assert.Contains($"/portal/activities/{next}", after);
        Assert.Contains("下月生日会", after);
        Assert.DoesNotContain("还没发布的活动", after);
        Assert.Equal(publicBytes, await anyone.GetByteArrayAsync($"/a/{activity}/photos/{shared}"));
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/a/{activity}/photos/{kept}")).StatusCode);

        // Withdrawing consent takes the photo off at once; removing it deletes the file too.
        await (await staff.PutAsJsonAsync($"/api/v1/activities/{activity}/photos/{shared}", new { isPublic = false })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/a/{activity}/photos/{shared}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/activities/{activity}/photos/{kept}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/activities/{activity}/photos/{kept}")).StatusCode);
        var files = await factory.WithDbAsync(db => db.Set<StoredFile>().CountAsync(f => f.Sha256 == Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(QrCode.Png("特写")))));
        Assert.Equal(0, files);
    }

    [Fact]
    public async Task No_record_before_the_activity_begins_and_no_public_page_for_a_draft()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var upcoming = await ActivityAsync(staff, tree.CommunityA, DateTime.UtcNow.AddDays(1));
        var draft = await ActivityAsync(staff, tree.CommunityA, DateTime.UtcNow.AddHours(-1), "草稿活动", "Draft");

        await (await staff.PutAsJsonAsync($"/api/v1/activities/{upcoming}/record", new { summary = "提前写" })).ReadJsonAsync(HttpStatusCode.Conflict);
        await (await staff.PostAsync($"/api/v1/activities/{upcoming}/photos", Photo(QrCode.Png("早")))).ReadJsonAsync(HttpStatusCode.Conflict);
        await (await staff.PutAsJsonAsync($"/api/v1/activities/{draft}/record", new { summary = "草稿" })).ReadJsonAsync(HttpStatusCode.Conflict);

        var anyone = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/a/{draft}")).StatusCode);
        // The upcoming activity's page is its poster: places left and the way to sign up.
        var poster = await Page(anyone, $"/a/{upcoming}");
        Assert.Contains("剩余名额20个", poster);
        Assert.Contains($"/portal/activities/{upcoming}", poster);
    }
}
