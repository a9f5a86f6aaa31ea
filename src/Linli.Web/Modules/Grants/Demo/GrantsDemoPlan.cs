using Linli.Web.Platform.Demo;

namespace Linli.Web.Modules.Grants.Demo;

/// <summary>One activity of a project: its title, the day it was held (China date), and how many came.</summary>
public sealed record PlannedActivity(string Title, DateOnly On, int PersonTimes);

/// <summary>One project of the batch: where, by whom, in which category, for how much, and what it held.</summary>
public sealed record PlannedProject(string Community, string Carrier, string Category, string Title, long AmountFen, IReadOnlyList<PlannedActivity> Activities);

/// <summary>
/// Seed 002's 2019 second batch, invented where the seed is silent (with a fixed seed, so every demo is the same):
/// 45 projects over the 7 categories summing to exactly 2,430,000 yuan in 33 communities, the nine cases' shapes
/// first, and enough held activities for 400+ services and 89,000 person-times.
/// </summary>
public static class GrantsDemoPlan
{
    public const long BudgetFen = 243_000_000;
    public const int Projects = 45, PersonTimes = 89_000;
    public static readonly DateOnly StartsOn = new(2020, 3, 1), EndsOn = new(2021, 6, 30);

    public static readonly string[] Categories = ["共驻共建", "邻里关系营造", "小区营造", "垃圾分类", "志愿服务", "社区微更新", "最美阳台"];

    public const int Communities = 33;

    public static IEnumerable<string> InventedCommunities(int count) => Enumerable.Range(1, count).Select(n => $"创投示例社区{n:00}（编造）");

    private static readonly Dictionary<string, string[]> Titles = new()
    {
        ["共驻共建"] = ["共建单位联席会", "健康讲座", "义诊服务", "爱心集市"],
        ["邻里关系营造"] = ["院落茶话会", "长者集体生日会", "邻里美食节", "亲子手工"],
        ["小区营造"] = ["业主议事会", "小区自治培训", "楼栋长座谈", "院落公约讨论"],
        ["垃圾分类"] = ["垃圾分类宣讲", "分类督导", "堆肥实践", "环保市集"],
        ["志愿服务"] = ["志愿者培训", "助老服务日", "助残探访", "志愿者表彰"],
        ["社区微更新"] = ["需求调研会", "方案共商会", "共建劳动日", "成果展"],
        ["最美阳台"] = ["阳台改造工作坊", "绿植认养", "阳台评选展示", "颁奖仪式"],
    };

    /// <param name="communities">The 33 communities: the nine cases' first, then the demo's own that have people, then the invented.</param>
    /// <param name="capacity">How many people a community has who could come (an activity never has more).</param>
    public static IReadOnlyList<PlannedProject> Build(IReadOnlyList<string> communities, IReadOnlyList<string> carriers, Func<string, int> capacity)
    {
        var random = new Random(2019);
        var projects = new List<PlannedProject>(Cases(carriers));
        // 8, 8, 7, 6, 6, 6, 4 projects per category in all; the cases took one or two each.
        var remaining = new Queue<string>(new[] { 7, 7, 5, 5, 5, 4, 3 }.SelectMany((n, i) => Enumerable.Repeat(Categories[i], n)).OrderBy(_ => random.Next()));
        var others = communities.Skip(DemoRegions.CaseCommunities.Length).ToList();
        // Every community once, and twelve of the last ones (invented) twice: 36 more projects.
        var places = others.Concat(others.Skip(others.Count - 12)).ToList();
        for (var n = 0; n < places.Count; n++)
        {
            var category = remaining.Dequeue();
            var count = random.Next(9, 13);
            var activities = Enumerable.Range(0, count).Select(i => new PlannedActivity(Titles[category][i % 4], Day(random), 0)).OrderBy(a => a.On).ToList();
            projects.Add(new PlannedProject(places[n], carriers[(n + 4) % carriers.Count], category, $"{Short(places[n])}：{Titles[category][0]}与{Titles[category][1]}",
                0, activities));
        }
        return Fill(Amounts(projects, random), random, capacity);
    }

    /// <summary>The nine cases as seed 002 tells them (person-times where it gives them).</summary>
    private static IEnumerable<PlannedProject> Cases(IReadOnlyList<string> carriers)
    {
        var clinics = Enumerable.Range(0, 38).Select(w => new PlannedActivity("健康小屋周三义诊", new DateOnly(2020, 5, 6).AddDays(7 * w), 8));
        var school = new[] { 3, 6, 9, 12 }.Select(m => new PlannedActivity("居民健康学校讲座", new DateOnly(2020, m, 18), 40));
        yield return new("新南路社区", carriers[4], "共驻共建", "新南路社区：医居共建健康小屋",
            0, [.. clinics, .. school, new PlannedActivity("健康家庭评选颁奖", new DateOnly(2021, 1, 30), 50)]);
        yield return new("龙腾社区", carriers[5], "邻里关系营造", "龙腾社区：院落邻里守望", 0,
            [.. Enumerable.Range(0, 10).Select(m => new PlannedActivity("月度集体生日会", new DateOnly(2020, 4, 25).AddMonths(m), 30))]);
        yield return new("金花社区", carriers[6], "小区营造", "金花社区：老旧小区自治联席", 0,
            [new("联席会议", new(2020, 5, 20), 18), new("业主大讲堂", new(2020, 7, 8), 7), new("业主大讲堂", new(2020, 9, 9), 11), new("换届筹备会", new(2020, 11, 12), 25)]);
        yield return new("南桥社区", carriers[7], "垃圾分类", "南桥社区：垃圾分类环保志愿队", 0,
            [new("垃圾分类讲座", new(2020, 5, 13), 40), new("垃圾分类讲座", new(2020, 6, 16), 40), new("堆肥实践课", new(2020, 7, 26), 25),
             new("环保志愿队线上成立", new(2020, 7, 26), 20), new("堆肥实践课", new(2020, 8, 14), 25), new("企业参观学习", new(2020, 8, 21), 15)]);
        yield return new("吉福社区", carriers[8], "志愿服务", "吉福社区：助残志愿服务", 0,
            [new("残障人士自助活动", new(2020, 6, 10), 24), new("残障人士自助活动", new(2020, 8, 12), 23), new("残障人士自助活动", new(2020, 10, 14), 24),
             new("助残志愿者培训", new(2020, 5, 20), 12), new("助残志愿者培训", new(2020, 7, 15), 12), new("助残志愿者培训", new(2020, 9, 16), 12),
             new("助残知识讲座", new(2020, 6, 24), 100), new("助残知识讲座", new(2020, 9, 23), 100), new("助残知识讲座", new(2020, 11, 25), 100),
             new("关爱探访活动", new(2020, 12, 5), 10), new("关爱探访活动", new(2021, 1, 9), 10), new("防疫宣传活动", new(2020, 4, 8), 200),
             new("志愿者表彰会", new(2021, 3, 20), 12)]);
        yield return new("倪家桥社区", carriers[0], "社区微更新", "倪家桥社区：院落微更新与墙绘", 0,
            [new("院落需求调研", new(2020, 5, 9), 60), new("规划梳理会", new(2020, 6, 13), 7), new("墙绘培训", new(2020, 8, 8), 20), new("墙绘共建日", new(2020, 9, 19), 40),
             new("院落成果展", new(2020, 11, 21), 300)]);
        yield return new("少陵社区", carriers[1], "社区微更新", "少陵社区：共享花园", 0,
            [new("轮胎大变脸", new(2020, 6, 20), 120), new("绿色种植", new(2020, 8, 15), 100), new("党建志愿者培育", new(2020, 10, 17), 60), new("成果展", new(2020, 12, 19), 200)]);
        yield return new("七里社区", carriers[2], "最美阳台", "七里社区：最美阳台", 0,
            [.. Enumerable.Range(0, 4).Select(w => new PlannedActivity("阳台改造工作坊", new DateOnly(2020, 6, 6).AddDays(14 * w), 10)),
             new PlannedActivity("最美阳台颁奖仪式", new DateOnly(2020, 9, 26), 12)]);
        yield return new("七道堰社区", carriers[3], "小区营造", "七道堰社区：业委会成立陪伴", 0,
            [new("联席会议", new(2020, 5, 16), 20), new("联席会议", new(2020, 7, 18), 20), new("联席会议", new(2020, 9, 19), 20), new("公共收益沙龙", new(2020, 6, 27), 30),
             new("依法治理沙龙", new(2020, 8, 29), 30), new("业委会委员培训", new(2020, 10, 24), 9), new("业委会委员培训", new(2020, 11, 21), 9)]);
    }

    /// <summary>45 amounts in thousands of yuan between 30,000 and 80,000, summing to exactly the budget: 54,000 each, then moved in pairs.</summary>
    private static List<PlannedProject> Amounts(List<PlannedProject> projects, Random random)
    {
        var thousands = Enumerable.Repeat(54, projects.Count).ToArray();
        for (var move = 0; move < 200; move++)
        {
            var (from, to, by) = (random.Next(thousands.Length), random.Next(thousands.Length), random.Next(1, 6));
            if (from == to || thousands[from] - by < 30 || thousands[to] + by > 80) continue;
            thousands[from] -= by;
            thousands[to] += by;
        }
        return [.. projects.Select((p, i) => p with { AmountFen = thousands[i] * 100_000L })];
    }

    /// <summary>
    /// The generic projects' activities get sizes so that the whole batch comes to exactly 89,000 person-times: mostly
    /// small gatherings, some big fairs, never more people than the community has.
    /// </summary>
    private static IReadOnlyList<PlannedProject> Fill(List<PlannedProject> projects, Random random, Func<string, int> capacity)
    {
        var fixedSum = projects.Sum(p => p.Activities.Sum(a => a.PersonTimes));
        var open = projects.SelectMany((p, i) => p.Activities.Select((a, j) => (Project: i, Activity: j, Cap: capacity(p.Community))).Where(x => projects[x.Project].Activities[x.Activity].PersonTimes == 0)).ToList();
        var weights = open.Select(_ => random.NextDouble() switch { < 0.7 => random.Next(40, 200), < 0.95 => random.Next(200, 500), _ => random.Next(500, 700) }).ToArray();
        var target = PersonTimes - fixedSum;
        var scale = (double)target / weights.Sum();
        var sizes = open.Select((x, k) => Math.Clamp((int)(weights[k] * scale), 1, x.Cap)).ToArray();
        // Whatever rounding and caps left over goes, one at a time, to activities with room.
        for (var k = 0; sizes.Sum() != target; k = (k + 1) % sizes.Length)
        {
            var gap = target - sizes.Sum();
            if (gap > 0 && sizes[k] < open[k].Cap) sizes[k]++;
            else if (gap < 0 && sizes[k] > 1) sizes[k]--;
        }
        var result = projects.Select(p => p.Activities.ToArray()).ToArray();
        for (var k = 0; k < open.Count; k++) result[open[k].Project][open[k].Activity] = result[open[k].Project][open[k].Activity] with { PersonTimes = sizes[k] };
        return [.. projects.Select((p, i) => p with { Activities = result[i] })];
    }

    private static DateOnly Day(Random random) => new DateOnly(2020, 4, 1).AddDays(random.Next(0, 440));

    private static string Short(string community) => community.Replace("（编造）", "", StringComparison.Ordinal);
}
