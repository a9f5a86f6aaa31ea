using Linli.Web.Modules.Residents.Care;
using Linli.Web.Modules.Residents.Owners;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents.Demo;

/// <summary>
/// 青桐社区's ledger as seed 002 describes an old estate: many elders, several living alone, a few in
/// care with visits (one overdue, one never visited), families with children, owners (some flats still
/// belong to the housing office), and one resident with a portal account (jumin, see docs/demo.md).
/// Everything goes through the module's services, so the demo obeys the same rules as users do.
/// </summary>
public sealed class ResidentsDemo(LinliDb db, ResidentsService residents, CareService care, OwnersService owners, SelfServiceService self,
    Tags.CommunityTagsService communityTags, Guardians.GuardiansService guardians, TimeProvider clock)
    : IDemoContributor
{
    public const string ResidentAccount = "jumin";

    private sealed record Person(int Unit, string Name, bool Male, string Born, string? Phone, string[] Tags, string? Relation = null);

    /// <summary>Unit is the index of the unit in 青桐社区 (1号院 1栋 101 is 0); people sharing one form a household.</summary>
    private static readonly Person[] People =
    [
        new(0, "王秀英", false, "1938-03-07", "13808001001", ["空巢"], "户主"),
        new(1, "李桂兰", false, "1941-11-20", null, [], "户主"),
        new(2, "张德明", true, "1936-05-12", "13808001003", ["低保"], "户主"),
        new(3, "刘建国", true, "1950-08-15", "13808001004", ["党员"], "户主"),
        new(3, "陈玉珍", false, "1952-01-30", "13808001005", [], "配偶"),
        new(3, "刘小禾", false, "2018-09-01", null, [], "孙子女"),
        new(4, "赵志强", true, "1982-04-02", "13808001006", ["党员"], "户主"),
        new(4, "孙丽", false, "1985-09-18", "13808001007", [], "配偶"),
        new(4, "赵小雨", false, "2016-06-01", null, [], "子女"),
        new(5, "周文华", true, "1944-12-24", "13808001009", ["慢性病"], "户主"),
        new(5, "吴淑芬", false, "1946-02-11", null, [], "配偶"),
        new(6, "郑国庆", true, "1949-10-01", "13808001011", ["党员", "楼栋长"], "户主"),
        new(7, "冯小军", true, "1978-07-07", "13808001012", [], "户主"),
        new(7, "冯乐乐", true, "2019-03-15", null, [], "子女"),
        new(8, "何素珍", false, "1933-09-09", "13808001014", ["空巢"], "户主"),
        new(9, "马海燕", false, "1990-05-20", "13808001015", [], "户主"),
    ];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (community is null) return;
        var units = await db.Regions.Where(r => r.Kind == RegionKind.Unit && r.Path.StartsWith(community.Path)).OrderBy(r => r.Id).Select(r => r.Id).Take(12).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);

        // The community's own tags, defined before anyone may carry them.
        await communityTags.DefineAsync(community.Id, "楼栋长", "每栋一位居民骨干，负责通知和联络", cancellationToken);
        await communityTags.DefineAsync(community.Id, "新市民", "近三年从外地迁来的居民", cancellationToken);

        var ids = new Dictionary<string, int>();
        var sequence = 100;
        foreach (var p in People)
        {
            var born = DateOnly.Parse(p.Born, System.Globalization.CultureInfo.InvariantCulture);
            var idNumber = IdNumberOf(born, p.Male, sequence++);
            var disability = p.Name == "周文华" ? new DisabilityInput(DisabilityKind.Physical, 3) : null;
            var tags = disability is null ? p.Tags : [.. p.Tags, "残疾"];
            var resident = await residents.CreateAsync(new NewResident(units[p.Unit], null, null,
                new ResidentInput(p.Name, null, null, idNumber, p.Phone, p.Relation, born.Year < 1998 ? new DateOnly(1998, 5, 1) : born, null), tags, disability), cancellationToken);
            ids[p.Name] = resident.Id;
        }

        // 王秀英 is visited weekly and was seen five days ago; 张德明's monthly visit is overdue;
        // 李桂兰 lives alone and nobody has been yet: both show on the overdue list.
        await care.TakeIntoCareAsync(ids["王秀英"], new CareRequest(CareGrade.A, "陈老师", "助餐、陪同就医"), cancellationToken);
        await care.RecordVisitAsync(ids["王秀英"], new VisitRequest(today.AddDays(-5), VisitKind.HomeVisit, "陈老师",
            "精神好，冰箱里菜不多", "助餐", "联系长者食堂送餐"), "demo", cancellationToken);
        await care.TakeIntoCareAsync(ids["张德明"], new CareRequest(CareGrade.B, "志愿者 小杨", "腿脚不便，需代购"), cancellationToken);
        await care.RecordVisitAsync(ids["张德明"], new VisitRequest(today.AddDays(-40), VisitKind.Call, "志愿者 小杨",
            "电话联系，说降压药快吃完了", "代购药品", "下次上门带药"), "demo", cancellationToken);
        await care.RecordVisitAsync(ids["何素珍"], new VisitRequest(today.AddDays(-1), VisitKind.HomeVisit, "陈老师",
            "九十多岁仍自己做饭，女儿每周回来", null, null), "demo", cancellationToken);

        // Owners: most flats belong to their residents; two are still the housing office's (直管公房).
        await owners.AddAsync(new OwnerInput(units[0], OwnerKind.Person, ids["王秀英"], null, null, null, null, null, null), cancellationToken);
        await owners.AddAsync(new OwnerInput(units[3], OwnerKind.Person, ids["刘建国"], null, null, null, null, 50m, null), cancellationToken);
        await owners.AddAsync(new OwnerInput(units[3], OwnerKind.Person, ids["陈玉珍"], null, null, null, null, 50m, null), cancellationToken);
        await owners.AddAsync(new OwnerInput(units[4], OwnerKind.Person, ids["赵志强"], null, null, null, null, null, null), cancellationToken);
        foreach (var unit in new[] { units[1], units[2] })
            await owners.AddAsync(new OwnerInput(unit, OwnerKind.Organization, null, "武侯区房产管理所", null, null, null, null, null), cancellationToken);

        // Grandparents raise many children here: 刘建国 borrows books and signs 刘小禾 up for children's activities.
        await guardians.AddAsync(ids["刘小禾"], ids["刘建国"], cancellationToken);
        await guardians.AddAsync(ids["赵小雨"], ids["孙丽"], cancellationToken);
        await guardians.AddAsync(ids["冯乐乐"], ids["冯小军"], cancellationToken);

        await self.CreateAccountAsync(ids["刘建国"], ResidentAccount, Platform.Demo.DemoSeeder.Password, cancellationToken);
    }

    /// <summary>A valid GB 11643 number in 武侯区 (510107) for the demo; the sequence's parity carries the gender.</summary>
    private static string IdNumberOf(DateOnly born, bool male, int sequence)
    {
        var body = $"510107{born:yyyyMMdd}{sequence * 2 % 1000 + (male ? 1 : 0):D3}";
        return body + IdNumber.CheckCharacter(body);
    }
}
