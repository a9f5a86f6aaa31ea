using Linli.Web.Platform.Regions;

namespace Linli.Web.Modules.Residents.Import;

/// <summary>
/// The columns of a community's resident sheet. The person's columns are fixed; the unit is named by
/// one column per level the community's tree actually has (小区, 院落, 楼栋, 单元, 房号), so an
/// old-courtyard community gets 院落 and a commodity compound gets 单元.
/// </summary>
public sealed class ResidentSheet
{
    public const string Name = "姓名";
    public const string Gender = "性别";
    public const string BirthDate = "出生日期";
    public const string IdNumber = "身份证号";
    public const string Phone = "手机号";
    public const string Relation = "与户主关系";
    public const string MovedIn = "入住日期";
    public const string Tags = "标签";
    public const string Notes = "备注";

    public static readonly (RegionKind Kind, string Header)[] AllLevels =
    [
        (RegionKind.Compound, "小区"),
        (RegionKind.Courtyard, "院落"),
        (RegionKind.Building, "楼栋"),
        (RegionKind.Entrance, "单元"),
        (RegionKind.Unit, "房号"),
    ];

    /// <summary>Which header names each field reported by the validator.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldHeaders = new Dictionary<string, string>
    {
        ["name"] = Name, ["gender"] = Gender, ["birthDate"] = BirthDate, ["idNumber"] = IdNumber, ["phone"] = Phone,
        ["relationToHead"] = Relation, ["movedInOn"] = MovedIn, ["tags"] = Tags, ["notes"] = Notes, ["disability"] = Tags,
    };

    public IReadOnlyList<(RegionKind Kind, string Header)> Levels { get; }

    public ResidentSheet(IEnumerable<RegionKind> kindsInCommunity)
    {
        var present = kindsInCommunity.ToHashSet();
        Levels = [.. AllLevels.Where(l => present.Contains(l.Kind))];
    }

    public IReadOnlyList<string> Headers =>
        [Name, Gender, BirthDate, IdNumber, Phone, .. Levels.Select(l => l.Header), Relation, MovedIn, Tags, Notes];
}
