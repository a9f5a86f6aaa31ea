using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linli.Tests.Modules.Residents;

public sealed class ResidentsApiTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private async Task<(TestTree Tree, HttpClient Staff)> StaffAAsync()
    {
        var tree = await TestTree.CreateAsync(factory);
        return (tree, await factory.ClientForAsync(tree.StaffA, TestTree.Password));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, object body) => client.PostAsJsonAsync("/api/v1/residents", body);

    [Fact]
    public async Task A_resident_is_registered_with_masked_id_and_phone_and_details_read_from_the_id()
    {
        var (tree, staff) = await StaffAAsync();
        var id = TestIds.Make(new DateOnly(1942, 3, 7), male: false);
        var created = await (await PostAsync(staff, new { unitId = tree.UnitA, name = "王秀英", idNumber = id, phone = "13812345678", tags = new[] { "空巢" } }))
            .ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal($"{id[..6]}********{id[14..]}", created.GetProperty("idNumberMasked").GetString());
        Assert.Equal("138****5678", created.GetProperty("phoneMasked").GetString());
        Assert.Equal("Female", created.GetProperty("gender").GetString());
        Assert.Equal("1942-03-07", created.GetProperty("birthDate").GetString());
        // The unit as people say it: the names below the community, building included.
        Assert.Equal("甲社区花园 1栋 101", created.GetProperty("unitLabel").GetString());
        var tags = created.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Contains("EmptyNest", tags);
        Assert.Contains("Elderly80Plus", tags);
        Assert.Contains("LivingAlone", tags);

        var read = await (await staff.GetAsync($"/api/v1/residents/{created.GetProperty("id").GetInt32()}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("138****5678", read.GetProperty("phoneMasked").GetString());
        Assert.DoesNotContain(id, read.ToString());
        Assert.DoesNotContain("13812345678", read.ToString());
    }

    [Fact]
    public async Task A_wrong_check_character_is_a_422_naming_idNumber()
    {
        var (tree, staff) = await StaffAAsync();
        var problem = await (await PostAsync(staff, new { unitId = tree.UnitA, name = "李四", idNumber = TestIds.Broken(TestIds.Make(new DateOnly(1980, 1, 1), true)) }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("身份证号校验码不正确，请核对。", problem.GetProperty("errors").GetProperty("idNumber")[0].GetString());
    }

    [Theory]
    [InlineData("gender", "Female", "1980-01-01")]
    [InlineData("birthDate", "Male", "1980-01-02")]
    public async Task Gender_and_birth_date_must_agree_with_the_id(string field, string gender, string birthDate)
    {
        var (tree, staff) = await StaffAAsync();
        var problem = await (await PostAsync(staff, new { unitId = tree.UnitA, name = "赵五", gender, birthDate, idNumber = TestIds.Make(new DateOnly(1980, 1, 1), male: true) }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_birth_date_in_the_future_and_a_unit_of_another_community_are_refused()
    {
        var (tree, staff) = await StaffAAsync();
        var future = await (await PostAsync(staff, new { unitId = tree.UnitA, name = "未来", gender = "Male", birthDate = Today.AddDays(3).ToString("yyyy-MM-dd") }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(future.GetProperty("errors").TryGetProperty("birthDate", out _));

        var elsewhere = await (await PostAsync(staff, new { unitId = tree.UnitB, name = "越界", gender = "Male", birthDate = "1990-05-05" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(elsewhere.GetProperty("errors").TryGetProperty("unitId", out _));
    }

    [Fact]
    public async Task The_same_id_number_twice_in_a_community_is_a_conflict()
    {
        var (tree, staff) = await StaffAAsync();
        var id = TestIds.Make(new DateOnly(1975, 6, 1), male: true);
        await (await PostAsync(staff, new { unitId = tree.UnitA, name = "重复", idNumber = id })).ReadJsonAsync(HttpStatusCode.Created);
        var again = await PostAsync(staff, new { unitId = tree.UnitA, name = "重复", idNumber = id });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Another_communitys_staff_get_404_for_a_resident()
    {
        var (tree, staff) = await StaffAAsync();
        var created = await (await PostAsync(staff, new { unitId = tree.UnitA, name = "甲居民", gender = "Male", birthDate = "1960-01-01" })).ReadJsonAsync(HttpStatusCode.Created);
        var other = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/residents/{created.GetProperty("id").GetInt32()}")).StatusCode);
        var list = await (await other.GetAsync($"/api/v1/residents?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_list_filters_by_tag_name_and_phone_tail_and_pages_by_cursor()
    {
        var (tree, staff) = await StaffAAsync();
        for (var i = 0; i < 7; i++)
        {
            await (await PostAsync(staff, new
            {
                unitId = tree.UnitA, name = i % 2 == 0 ? $"陈{i}" : $"林{i}", gender = "Male", birthDate = i < 3 ? "1935-02-02" : "1990-02-02",
                phone = $"1390000{i:0000}", tags = i == 5 ? new[] { "党员" } : Array.Empty<string>(),
            })).ReadJsonAsync(HttpStatusCode.Created);
        }

        async Task<JsonElement> ListAsync(string query) =>
            await (await staff.GetAsync($"/api/v1/residents?communityId={tree.CommunityA}&{query}")).ReadJsonAsync(HttpStatusCode.OK);
        List<string> Names(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!)];

        Assert.Equal(["陈0", "林1", "陈2"], Names(await ListAsync("tag=Elderly80Plus")));
        Assert.Equal(["林5"], Names(await ListAsync("tag=PartyMember")));
        Assert.Equal(["陈0", "陈2", "陈4", "陈6"], Names(await ListAsync("q=陈")));
        Assert.Equal(["林3"], Names(await ListAsync("q=0003")));

        var seen = new List<string>();
        string? next = null;
        do
        {
            var page = await ListAsync($"limit=3{(next is null ? "" : $"&after={next}")}");
            Assert.True(page.GetProperty("items").GetArrayLength() <= 3);
            seen.AddRange(Names(page));
            next = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
        }
        while (next is not null);
        Assert.Equal(7, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Sensitive_tags_are_sealed_shown_only_to_care_roles_and_their_reads_audited()
    {
        var (tree, staff) = await StaffAAsync();
        var created = await (await PostAsync(staff, new
        {
            unitId = tree.UnitA, name = "周低保", gender = "Female", birthDate = "1958-08-08", tags = new[] { "低保", "残疾" },
            disability = new { kind = "Physical", grade = 2 },
        })).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.DoesNotContain("LowIncomeHousehold", created.GetProperty("tags").ToString());

        var stored = await factory.WithDbAsync(db => db.Database
            .SqlQuery<string>($"SELECT \"Detail\" AS \"Value\" FROM residents_care_flags WHERE \"ResidentId\" = {id}").ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.All(stored, s => Assert.StartsWith("enc:v1:", s));

        var read = await (await staff.GetAsync($"/api/v1/residents/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        var sensitive = read.GetProperty("sensitiveTags").EnumerateArray().ToList();
        Assert.Contains(sensitive, t => t.GetProperty("tag").GetString() == "Disability" && t.GetProperty("grade").GetInt32() == 2);
        Assert.Contains(sensitive, t => t.GetProperty("tag").GetString() == "LowIncomeHousehold");
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "privacy.sensitive-read" && a.SubjectId == id.ToString())));

        var list = await (await staff.GetAsync($"/api/v1/residents?communityId={tree.CommunityA}&tag=低保")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([id], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));

        var admin = await factory.AdminAsync();
        await TestTree.CreateUserAsync(admin, $"officer{id}", "StreetOfficer", tree.Street);
        var officer = await factory.ClientForAsync($"officer{id}", TestTree.Password);
        var officerRead = await (await officer.GetAsync($"/api/v1/residents/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, officerRead.GetProperty("sensitiveTags").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/api/v1/residents?tag=LowIncomeHousehold")).StatusCode);
    }

    [Fact]
    public async Task The_full_id_number_comes_only_through_unmask_with_a_reason()
    {
        var (tree, staff) = await StaffAAsync();
        var idNumber = TestIds.Make(new DateOnly(1950, 12, 24), male: true);
        var created = await (await PostAsync(staff, new { unitId = tree.UnitA, name = "吴全", idNumber })).ReadJsonAsync(HttpStatusCode.Created);
        var shown = await (await staff.PostAsJsonAsync("/api/v1/privacy/unmask",
            new { subjectType = "Resident", subjectId = created.GetProperty("id").GetInt32().ToString(), field = "idNumber", reason = "办理高龄补贴" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(idNumber, shown.GetProperty("value").GetString());
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(idNumber, StringComparison.Ordinal));
    }
}
