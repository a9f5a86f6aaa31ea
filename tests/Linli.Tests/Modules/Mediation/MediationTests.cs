using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Mediation;

/// <summary>
/// Seed 003's rooster: the worker and the complainant look for the owner together, write a persuasion letter
/// together and post it; the next day it is quiet. The parties are sealed, the list names nobody, every read is
/// recorded, and only the community's front line opens a case.
/// </summary>
public sealed class MediationTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    // A 1 × 1 PNG: a photo of the posted letter, as far as the file store can tell.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mP4z8AAAAMBAQD3A0FDAAAAAElFTkSuQmCC");

    [Fact]
    public async Task A_case_goes_from_a_joint_search_and_a_letter_posted_together_to_an_outcome_and_a_follow_up_check_with_the_parties_sealed()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var id = await AMediation("彭女士（1栋）").With("issue", "Animals").With("regionId", tree.BuildingA).With("openedOn", Today.AddDays(-1).ToString("yyyy-MM-dd"))
            .With("summary", "1栋有只公鸡每天早上不到5点就叫。").CreateAsync(staff, tree.CommunityA);

        var list = await (await staff.GetAsync($"/api/v1/mediation/cases?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        var line = list.EnumerateArray().Single();
        Assert.Equal(("Animals", "1栋", "Open"), (line.GetProperty("issue").GetString(), line.GetProperty("place").GetString(), line.GetProperty("status").GetString()));
        Assert.DoesNotContain("彭女士", list.ToString());
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "privacy.sensitive-read" && a.SubjectType == "Mediation" && a.SubjectId == id.ToString())));
        var stored = await factory.WithDbAsync(db => db.Database
            .SqlQuery<string>($"SELECT \"Complainant\" AS \"Value\" FROM mediation_cases WHERE \"Id\" = {id}").SingleAsync());
        Assert.StartsWith("enc:v1:", stored);

        var read = await (await staff.GetAsync($"/api/v1/mediation/cases/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("彭女士（1栋）", read.GetProperty("complainant").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.GetProperty("respondent").ValueKind);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "privacy.sensitive-read" && a.SubjectType == "Mediation" && a.SubjectId == id.ToString())));

        var noLetter = await (await staff.PostAsJsonAsync($"/api/v1/mediation/cases/{id}/steps", new { kind = "LetterDrafted", note = "一起拟劝导函" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("此项必填。", noLetter.GetProperty("errors").GetProperty("letter")[0].GetString());
        var early = await (await staff.PostAsJsonAsync($"/api/v1/mediation/cases/{id}/steps",
            new { kind = "JointSearch", note = "一起找", on = Today.AddDays(-3).ToString("yyyy-MM-dd") })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal($"日期不能早于登记日期 {Today.AddDays(-1):yyyy-MM-dd}。", early.GetProperty("errors").GetProperty("on")[0].GetString());

        await StepAsync(staff, id, new { kind = "JointSearch", note = "和彭女士一起逐层寻找，没有找到鸡的主人。" });
        var letter = await StepAsync(staff, id, new { kind = "LetterDrafted", note = "一起拟一封文明劝导函。", letter = "亲爱的邻居：\n清晨不到5点的鸡叫吵醒了老人和孩子，恳请妥善处理。" });
        var posted = await StepAsync(staff, id, new { kind = "LetterPosted", note = "一起张贴。", postedAt = "1栋楼下单元门旁" });
        using (var photo = new MultipartFormDataContent())
        {
            var file = new ByteArrayContent(Png);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            photo.Add(file, "file", "letter.png");
            Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/v1/mediation/cases/{id}/steps/{posted}/photo", photo)).StatusCode);
        }
        var image = await staff.GetAsync($"/api/v1/mediation/cases/{id}/steps/{posted}/photo");
        Assert.Equal(("image/png", Png.Length), (image.Content.Headers.ContentType?.MediaType, (await image.Content.ReadAsByteArrayAsync()).Length));

        var docx = await staff.GetAsync($"/api/v1/mediation/cases/{id}/steps/{letter}/letter.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var text = Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(await docx.Content.ReadAsByteArrayAsync(), "letter.docx", "txt:Text (encoded):UTF8"));
        Assert.Contains("文明劝导函", text);
        Assert.Contains("清晨不到5点的鸡叫吵醒了老人和孩子，恳请妥善处理。", text);
        Assert.Contains("甲社区的邻居们", text);
        Assert.DoesNotContain("彭女士", text);

        var nowhere = await (await staff.PutAsJsonAsync($"/api/v1/mediation/cases/{id}/outcome",
            new { outcome = "Escalated", note = "转交", followUpOn = Today.ToString("yyyy-MM-dd") })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("转交处理时请选择转交给谁。", nowhere.GetProperty("errors").GetProperty("escalatedTo")[0].GetString());
        var past = await (await staff.PutAsJsonAsync($"/api/v1/mediation/cases/{id}/outcome",
            new { outcome = "Settled", note = "没有鸡叫了", followUpOn = Today.AddDays(-1).ToString("yyyy-MM-dd") })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("回访日期不能早于今天。", past.GetProperty("errors").GetProperty("followUpOn")[0].GetString());
        await OutcomeAsync(staff, id, "张贴第二天没有再听到鸡叫。");
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PutAsJsonAsync($"/api/v1/mediation/cases/{id}/outcome",
            new { outcome = "Settled", note = "再记一次", followUpOn = Today.ToString("yyyy-MM-dd") })).StatusCode);
        var sealedNote = await factory.WithDbAsync(db => db.Database
            .SqlQuery<string>($"SELECT \"OutcomeNote\" AS \"Value\" FROM mediation_cases WHERE \"Id\" = {id}").SingleAsync());
        Assert.StartsWith("enc:v1:", sealedNote);
        var due = await (await staff.GetAsync($"/api/v1/mediation/cases?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(due[0].GetProperty("followUpDue").GetBoolean());
        Assert.Contains("1 个调解个案待回访", await (await BrowserSession.SignInAsync(factory, tree.StaffA, TestTree.Password)).GetStringAsync("/console"));

        // A week later the rooster is back: the check reopens the case; the next one holds and closes it.
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/mediation/cases/{id}/check", new { held = false, note = "又听到鸡叫了" })).StatusCode);
        Assert.Equal("Open", (await (await staff.GetAsync($"/api/v1/mediation/cases/{id}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        await OutcomeAsync(staff, id, "鸡的主人看到劝导函后把鸡送回了老家。");
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/mediation/cases/{id}/check", new { held = true, note = "第二天真的没有听到鸡叫" })).StatusCode);
        var closed = await (await staff.GetAsync($"/api/v1/mediation/cases/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Closed", true, "第二天真的没有听到鸡叫"),
            (closed.GetProperty("status").GetString(), closed.GetProperty("heldAtCheck").GetBoolean(), closed.GetProperty("checkNote").GetString()));
        Assert.Equal(["JointSearch", "LetterDrafted", "LetterPosted", "FollowUpCheck", "FollowUpCheck"],
            closed.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
        var late = await (await staff.PostAsJsonAsync($"/api/v1/mediation/cases/{id}/steps", new { kind = "Talk", note = "再聊聊" })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("个案已结案，不能再记录。", late.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_street_sees_counts_by_issue_and_no_case_while_a_case_with_an_unknown_respondent_needs_a_complainant_and_what_happened()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var bad = await (await staff.PostAsJsonAsync("/api/v1/mediation/cases", new { communityId = tree.CommunityA, issue = "Parking", channel = "Visit" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["complainant", "summary"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        var elsewhere = await (await staff.PostAsJsonAsync("/api/v1/mediation/cases",
            new { communityId = tree.CommunityA, issue = "Parking", channel = "Visit", complainant = "赵先生", summary = "车位", regionId = tree.CompoundB }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("地点须在本社区内。", elsewhere.GetProperty("errors").GetProperty("regionId")[0].GetString());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM mediation_cases WHERE \"CommunityId\" = {tree.CommunityA}").SingleAsync()));

        var parking = await AMediation("赵先生").With("issue", "Parking").CreateAsync(staff, tree.CommunityA);
        await AMediation("钱阿姨").With("issue", "Parking").With("respondent", "2栋车主").CreateAsync(staff, tree.CommunityA);
        await AMediation("孙先生").CreateAsync(staff, tree.CommunityA);
        await OutcomeAsync(staff, parking, "双方约定车位轮换。");

        var admin = await factory.AdminAsync();
        var officer = $"street{Guid.NewGuid():N}"[..14];
        await TestTree.CreateUserAsync(admin, officer, "StreetOfficer", tree.Street);
        var street = await factory.ClientForAsync(officer, TestTree.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await street.GetAsync($"/api/v1/mediation/cases?communityId={tree.CommunityA}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await street.GetAsync($"/api/v1/mediation/cases/{parking}")).StatusCode);
        var counts = await (await street.GetAsync($"/api/v1/mediation/counts?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Noise 1/1/0/0", "Parking 2/1/1/0"], counts.EnumerateArray().Select(c =>
            $"{c.GetProperty("issue").GetString()} {c.GetProperty("opened").GetInt32()}/{c.GetProperty("open").GetInt32()}/{c.GetProperty("settled").GetInt32()}/{c.GetProperty("escalated").GetInt32()}"));
        Assert.DoesNotContain("赵先生", counts.ToString());
    }

    private static async Task<int> StepAsync(HttpClient staff, int id, object step) =>
        (await (await staff.PostAsJsonAsync($"/api/v1/mediation/cases/{id}/steps", step)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static async Task OutcomeAsync(HttpClient staff, int id, string note) =>
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/mediation/cases/{id}/outcome",
            new { outcome = "Settled", note, followUpOn = Today.ToString("yyyy-MM-dd") })).StatusCode);
}
