using System.Globalization;
using Linli.Web.Modules.Residents;

/// <summary>A made-up person, the way a community's register tends to look.</summary>
internal sealed record SyntheticPerson(string Name, Gender Gender, DateOnly BirthDate, string IdNumber, string? Phone, string[] Tags);

/// <summary>
/// Deterministic residents for the benchmarks: common surnames, an age pyramid of an older Chengdu
/// neighbourhood (12% children, 22% aged 60–79, 6% 80+), valid GB 11643 ID numbers unique in the
/// community, a phone for 85%, and care tags at field rates (empty-nest for a third of those 60+,
/// 6% party members, 1% low income).
/// </summary>
internal sealed class SyntheticPeople(int seed, DateOnly today)
{
    private static readonly string[] Surnames = [.. "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".Select(c => c.ToString())];
    private const string Given = "秀英华明丽芳军伟强敏静杰磊洋勇艳娟涛超霞平刚桂兰玉珍建国志红梅文德云凤琴海燕萍亮辉鹏飞玲俊";
    private readonly Random random = new(seed);
    private readonly HashSet<string> idNumbers = [];

    public SyntheticPerson Next()
    {
        var roll = random.NextDouble();
        var age = roll < 0.12 ? random.Next(0, 14) : roll < 0.72 ? random.Next(14, 60) : roll < 0.94 ? random.Next(60, 80) : random.Next(80, 100);
        var birth = today.AddYears(-age).AddDays(-random.Next(1, 365));
        var gender = random.Next(2) == 0 ? Gender.Male : Gender.Female;
        var tags = new List<string>();
        if (age >= 60 && random.NextDouble() < 0.33) tags.Add("空巢");
        if (age >= 18 && random.NextDouble() < 0.06) tags.Add("党员");
        if (random.NextDouble() < 0.01) tags.Add("低保");
        return new SyntheticPerson(NameOf(), gender, birth, IdNumberOf(birth, gender), random.NextDouble() < 0.85 ? PhoneOf() : null, [.. tags]);
    }

    private string NameOf()
    {
        var surname = Surnames[Pick()];
        var first = Given[random.Next(Given.Length)];
        return random.Next(3) == 0 ? $"{surname}{first}" : $"{surname}{first}{Given[random.Next(Given.Length)]}";
    }

    /// <summary>Surnames are skewed: the first ones (王, 李, 张...) are far more common, as in life.</summary>
    private int Pick()
    {
        var index = (int)(Math.Pow(random.NextDouble(), 2.2) * Surnames.Length);
        return Math.Min(index, Surnames.Length - 1);
    }

    private string PhoneOf() => "1" + "35789"[random.Next(5)] + random.Next(0, 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture);

    private string IdNumberOf(DateOnly birth, Gender gender)
    {
        while (true)
        {
            var sequence = random.Next(0, 500) * 2 + (gender == Gender.Male ? 1 : 0);
            var body = $"510107{birth:yyyyMMdd}{sequence:D3}";
            var id = body + IdNumber.CheckCharacter(body);
            if (idNumbers.Add(id)) return id;
        }
    }
}
