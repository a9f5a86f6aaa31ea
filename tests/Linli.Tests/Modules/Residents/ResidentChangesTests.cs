using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linli.Tests.Modules.Residents;

public sealed class ResidentChangesTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private async Task<(TestTree Tree, HttpClient Staff, int Id, string IdNumber)> RegisteredAsync()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var idNumber = TestIds.Make(new DateOnly(1943, 5, 9), male: false);
        var created = await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "刘桂兰", idNumber, phone = "13812345678", tags = new[] { "党员" } }))
            .ReadJsonAsync(HttpStatusCode.Created);
        return (tree, staff, created.GetProperty("id").GetInt32(), idNumber);
    }

    [Fact]
    public async Task An_edit_keeps_the_sealed_id_and_phone_when_left_out_and_the_audit_names_fields_not_values()
    {
        var (_, staff, id, idNumber) = await RegisteredAsync();
        var updated = await (await staff.PutAsJsonAsync($"/api/v1/residents/{id}", new { name = "刘桂芝", notes = "女儿在外地", tags = new[] { "空巢" } }))
            .ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("刘桂芝", updated.GetProperty("name").GetString());
        Assert.Equal($"{idNumber[..6]}********{idNumber[14..]}", updated.GetProperty("idNumberMasked").GetString());
        Assert.Equal("138****5678", updated.GetProperty("phoneMasked").GetString());
        var tags = updated.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Contains("EmptyNest", tags);
        Assert.DoesNotContain("PartyMember", tags);

        var entry = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "resident.updated" && a.SubjectId == id.ToString()).SingleAsync());
        Assert.Contains("name", entry.Summary);
        Assert.DoesNotContain("刘桂芝", entry.Summary);
    }

    [Fact]
    public async Task An_empty_phone_removes_it_and_a_broken_id_is_refused_naming_idNumber()
    {
        var (_, staff, id, _) = await RegisteredAsync();
        var updated = await (await staff.PutAsJsonAsync($"/api/v1/residents/{id}", new { name = "刘桂兰", phone = "" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("phoneMasked").ValueKind);

        var problem = await (await staff.PutAsJsonAsync($"/api/v1/residents/{id}", new { name = "刘桂兰", idNumber = TestIds.Broken(TestIds.Make(new DateOnly(1943, 5, 9), false)) }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("idNumber", out _));
    }

    [Fact]
    public async Task Taking_another_residents_id_number_is_a_conflict()
    {
        var (tree, staff, _, idNumber) = await RegisteredAsync();
        // Same gender and birth date, so only the duplicate can stop the edit.
        var other = await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "另一人", gender = "Female", birthDate = "1943-05-09" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var response = await staff.PutAsJsonAsync($"/api/v1/residents/{other.GetProperty("id").GetInt32()}", new { name = "另一人", idNumber });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task On_the_profile_page_a_refused_change_shows_its_message_under_its_own_input_once()
    {
        var (tree, staff, id, _) = await RegisteredAsync();
        (await staff.PutAsJsonAsync($"/api/v1/residents/{id}/care", new { grade = "A", responsible = "李社工" })).EnsureSuccessStatusCode();
        var page = await BrowserSession.SignInAsync(factory, tree.StaffA, TestTree.Password);
        var path = $"/console/residents/{id}";

        // The status form and the visit form both have a date named "on": the message goes under the form that was sent.
        var refused = await page.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "status", ["__RequestVerificationToken"] = BrowserSession.AntiforgeryToken(await page.GetStringAsync(path)), ["StatusInput.Status"] = "Deceased",
        }));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        const string message = "迁出或去世需要填写日期。";
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, message));
        Assert.Matches("id=\"status-on\"[^>]*>\\s*<div class=\"validation-message\">" + message, html);
        Assert.DoesNotContain("alert alert-danger", html);
        Assert.Equal("Living", (await (await staff.GetAsync($"/api/v1/residents/{id}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_death_needs_a_past_date_ends_care_and_takes_the_elder_off_the_overdue_list()
    {
        var (tree, staff, id, _) = await RegisteredAsync();
        (await staff.PutAsJsonAsync($"/api/v1/residents/{id}/care", new { grade = "A", responsible = "李社工" })).EnsureSuccessStatusCode();
        Assert.Contains(await OverdueIdsAsync(staff, tree.CommunityA), o => o == id);

        var missingDate = await (await staff.PutAsJsonAsync($"/api/v1/residents/{id}/status", new { status = "Deceased" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("迁出或去世需要填写日期。", missingDate.GetProperty("errors").GetProperty("on")[0].GetString());
        var future = await (await staff.PutAsJsonAsync($"/api/v1/residents/{id}/status", new { status = "Deceased", on = Today.AddDays(3).ToString("yyyy-MM-dd") }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(future.GetProperty("errors").TryGetProperty("on", out _));

        var done = await (await staff.PutAsJsonAsync($"/api/v1/residents/{id}/status", new { status = "Deceased", on = Today.ToString("yyyy-MM-dd") })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Deceased", done.GetProperty("status").GetString());
        Assert.DoesNotContain(await OverdueIdsAsync(staff, tree.CommunityA), o => o == id);
        var detail = await (await staff.GetAsync($"/api/v1/residents/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("care").ValueKind);
        Assert.Equal(Today.ToString("yyyy-MM-dd"), detail.GetProperty("statusOn").GetString());
    }

    private static async Task<List<int>> OverdueIdsAsync(HttpClient staff, int community) =>
        [.. (await (await staff.GetAsync($"/api/v1/residents/care/overdue?communityId={community}")).ReadJsonAsync(HttpStatusCode.OK))
            .EnumerateArray().Select(o => o.GetProperty("residentId").GetInt32())];
}
