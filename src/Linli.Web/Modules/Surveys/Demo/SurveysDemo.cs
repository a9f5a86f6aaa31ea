using System.Security.Claims;
using System.Text.Json;
using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Surveys.Needs;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Surveys.Demo;

/// <summary>
/// 青桐社区's household needs survey (seed 002 sent 120 and got 119 back): copied from the template, a target of 120
/// households, 60 responses typed in from paper or brought in door to door, the demo residents among them; and the
/// needs list it fed: a children's reading corner answered by the reading-room activity, elders' meals still open.
/// </summary>
public sealed class SurveysDemo(Platform.Data.LinliDb db, ResidentDirectory residents, ActivityDirectory activities, SurveysService surveys, ResponsesService responses,
    NeedsService needs, TimeProvider clock) : IDemoContributor
{
    public int Order => 50;

    private static readonly ClaimsPrincipal Staff = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "qingtong"), new Claim(ClaimTypes.Role, Roles.CommunityStaff)], "demo"));

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (community is null) return;
        var template = SurveyTemplates.Find("household-needs")!;
        var survey = await surveys.CreateAsync(new SurveyInput(community.Id, $"{ChinaYear()}年青桐社区住户需求调查", template.TitleEn, template.Intro, SurveyTarget.Count, 120, null, null,
            SurveyRespondents.SignedIn, SurveyOncePer.Household, false, [.. template.Questions]), Staff, cancellationToken);
        await surveys.OpenAsync(survey.Id, cancellationToken);

        var people = await residents.LivingInAsync(community.Id, cancellationToken);
        var households = people.GroupBy(r => r.HouseholdId).Select(g => g.First()).ToList();
        var compounds = await db.Regions.Where(r => r.Kind == RegionKind.Compound && r.Path.StartsWith(community.Path)).Select(r => r.Id).ToListAsync(cancellationToken);
        var random = new Random(119);
        for (var i = 0; i < 60; i++)
        {
            var household = i < households.Count ? households[i] : null;
            var input = new ResponseInput(i % 3 == 0 ? ResponseChannel.Visit : ResponseChannel.Paper, Answers(random), household?.Id,
                CompoundId: household is null && compounds.Count > 0 ? compounds[i % compounds.Count] : null, ClientKey: $"demo-{i}");
            await responses.SubmitAsync(survey.Id, input, Staff, cancellationToken);
        }

        var corner = await needs.FromResultAsync(survey.Id, new NeedFromResult("wanted_facilities", "儿童阅读角", null), "qingtong", cancellationToken);
        if (await activities.InCommunityAsync(community.Id, 1, cancellationToken) is [var reading, ..])
            await needs.LinkActivityAsync(corner.Id, reading.Id, cancellationToken);
        await needs.FromResultAsync(survey.Id, new NeedFromResult("elder_needs", "助餐", "长者助餐点"), "qingtong", cancellationToken);
        await needs.CreateAsync(new NeedInput(community.Id, "3 号楼电动车充电桩", "议事会上居民反映楼道飞线充电，存在火灾隐患。", NeedSource.Meeting, "居民议事会", 36, 1, 18),
            "qingtong", cancellationToken);
    }

    private int ChinaYear() => Platform.Localization.ChinaTime.Today(clock).Year;

    /// <summary>Answers shaped like seed 002's tallies: many elders, most want an elders' room and a reading corner.</summary>
    private static Dictionary<string, JsonElement> Answers(Random random)
    {
        static JsonElement E(object value) => JsonSerializer.SerializeToElement(value);
        var elders = random.NextDouble() < 0.65;
        var answers = new Dictionary<string, JsonElement>
        {
            ["household_size"] = E(random.Next(1, 6)),
            ["elders"] = E(elders ? "有" : "没有"),
            ["children"] = E(random.NextDouble() < 0.4 ? "有" : "没有"),
            ["wanted_facilities"] = E(Pick(random, ["老年活动室", "儿童阅读角", "亲子活动区", "健身设施", "停车位", "便民维修"], [0.7, 0.55, 0.3, 0.35, 0.45, 0.2])),
            ["free_time"] = E(new[] { "工作日白天", "工作日晚上", "周末白天", "周末晚上" }[random.Next(4)]),
            ["volunteer"] = E(new[] { "愿意", "看情况", "不愿意" }[random.Next(3)]),
            ["satisfaction"] = E(random.Next(3, 6)),
        };
        if (elders) answers["elder_needs"] = E(Pick(random, ["助餐", "健康义诊", "上门探访", "文娱活动", "助浴助洁"], [0.6, 0.5, 0.3, 0.3, 0.1]).Take(3).ToArray());
        if (random.NextDouble() < 0.2) answers["suggestion"] = E(new[] { "希望晚上也开放活动室", "小区停车太难了", "孩子放学后没地方去", "多办点健康讲座" }[random.Next(4)]);
        return answers;
    }

    private static string[] Pick(Random random, string[] options, double[] chances)
    {
        var picked = options.Where((_, i) => random.NextDouble() < chances[i]).ToArray();
        return picked.Length > 0 ? picked : [options[0]];
    }
}
