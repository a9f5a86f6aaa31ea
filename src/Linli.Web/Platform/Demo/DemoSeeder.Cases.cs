using Linli.Web.Platform.Regions;

namespace Linli.Web.Platform.Demo;

public sealed partial class DemoSeeder
{
    /// <summary>
    /// The grant batch's street with seed 002's nine case communities, two with the places their cases count: 新南路's
    /// 50-odd old courtyards around 华西坝 (华西医院宿舍 is the seed's; the other names, the buildings and the flats are
    /// invented), and 七道堰's eight commercial compounds, five of which have an owners' committee (names invented; its
    /// other 54 old courtyards are not drawn, since the share the seed counts is over the commercial compounds).
    /// </summary>
    private async Task CaseCommunitiesAsync(RegionNode district, DateTime now, CancellationToken cancellationToken)
    {
        var communities = (await DemoRegions.StreetAsync(db, district, DemoRegions.GrantStreet, DemoRegions.GrantStreetCode, DemoRegions.CaseCommunities, now,
            cancellationToken)).ToDictionary(c => c.Name);

        var huaxiba = await AddAsync(communities["新南路社区"], RegionKind.Compound, "华西坝老旧院落", "XNL01", null, now, cancellationToken);
        for (var c = 0; c < XinnanluCourtyards.Length; c++)
        {
            var courtyard = await AddAsync(huaxiba, RegionKind.Courtyard, XinnanluCourtyards[c], $"Y{c + 1:00}", null, now, cancellationToken);
            var buildings = 1 + random.Next(2);
            for (var b = 1; b <= buildings; b++)
            {
                var building = await AddAsync(courtyard, RegionKind.Building, $"{b}栋", $"{b}", null, now, cancellationToken);
                await AddUnitsAsync(building, floors: random.Next(4, 7), perFloor: 3, 40m, 75m, now, cancellationToken);
            }
        }

        var compounds = new[] { "锦苑小区", "蜀锦花园", "清水河畔", "金桂园", "武侯名居", "七道堰新居", "双楠雅苑", "锦江怡景" };
        for (var c = 0; c < compounds.Length; c++)
            await AddAsync(communities["七道堰社区"], RegionKind.Compound, $"{compounds[c]}（编造）", $"QDY{c + 1:00}", null, now, cancellationToken);
    }

    /// <summary>52 courtyards: the seed's 华西医院宿舍 and invented numbers on the streets around 华西坝.</summary>
    private static readonly string[] XinnanluCourtyards =
    [
        "华西医院宿舍",
        .. Enumerable.Range(1, 21).Select(n => $"新南路{2 * n + 1}号院"),
        .. Enumerable.Range(1, 16).Select(n => $"国学巷{3 * n}号院"),
        .. Enumerable.Range(1, 14).Select(n => $"林荫街{2 * n}号院"),
    ];
}
