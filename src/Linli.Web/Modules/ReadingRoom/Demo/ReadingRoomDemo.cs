using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.ReadingRoom.Demo;

/// <summary>青桐社区's children's reading corner: picture books and a few titles for grown-ups, barcodes QT-0001…</summary>
public sealed class ReadingRoomDemo(Platform.Data.LinliDb db, CatalogueService catalogue) : IDemoContributor
{
    private static readonly (string Title, string Author, string Category, AgeBand Band, int Copies)[] Books =
    [
        ("猜猜我有多爱你", "山姆·麦克布雷尼", "绘本", AgeBand.Preschool, 2),
        ("好饿的毛毛虫", "艾瑞·卡尔", "绘本", AgeBand.Toddler, 2),
        ("小猪唏哩呼噜", "孙幼军", "童话", AgeBand.Child, 1),
        ("十万个为什么", "少年儿童出版社", "科普", AgeBand.Child, 1),
        ("草房子", "曹文轩", "儿童文学", AgeBand.Teen, 1),
        ("平凡的世界", "路遥", "文学", AgeBand.Adult, 1),
        ("老年人健康手册", "四川省卫生健康委员会", "健康", AgeBand.Adult, 2),
    ];

    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (community is null) return;
        var next = 1;
        foreach (var (title, author, category, band, copies) in Books)
        {
            var barcodes = Enumerable.Range(next, copies).Select(n => $"QT-{n:D4}").ToList();
            next += copies;
            await catalogue.AddAsync(new NewBook(community.Id, title, author, null, category, band, barcodes), cancellationToken);
        }
    }
}
