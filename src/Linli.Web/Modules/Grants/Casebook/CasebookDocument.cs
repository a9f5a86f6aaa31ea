using System.Globalization;
using Linli.Web.Platform.Exports;

namespace Linli.Web.Modules.Grants.Casebook;

/// <summary>
/// The book of outstanding cases as Word, in the shape of seed 002: a cover, the contents, and per case its facts
/// (organization, community, category, grant, period), its figures as Linli recorded them, then 项目背景, 服务思路,
/// 实施过程, 项目成效, 反思与展望, a story (only with consent) and photos. Page numbers in the footer.
/// </summary>
public static class CasebookDocument
{
    private static readonly CultureInfo China = CultureInfo.GetCultureInfo("zh-CN");

    public static byte[] Build(ProgramView program, IReadOnlyList<CasebookChapter> chapters, DateOnly today) => WordBook.Write(book =>
    {
        book.Cover(program.Name, "优秀案例集", program.Funder ?? program.Manager ?? "", today.ToString("yyyy年M月", China));
        book.Contents("目录");
        var number = 0;
        foreach (var chapter in chapters)
        {
            if (number > 0) book.PageBreak();
            number++;
            var p = chapter.Project;
            book.Heading($"案例{number}　{p.Title}", 1);
            book.Table(["项目", "内容"], [
                ["执行机构", p.Organization],
                ["服务社区", chapter.Community],
                ["项目类别", p.Category],
                ["资助金额", p.Amount.ToString("#,##0.00", China) + " 元"],
                ["项目周期", $"{p.StartsOn:yyyy年M月d日} 至 {p.EndsOn:yyyy年M月d日}"],
                ["开展服务", $"{p.Indicators.Services} 场（平台记录）"],
                ["服务人次", $"{p.Indicators.PersonTimes.ToString("N0", China)} 人次（签到记录）"],
                ["服务人数", $"{p.Indicators.UniquePeople.ToString("N0", China)} 人"],
            ]);
            Section(book, "项目背景", chapter.Story.Background);
            Section(book, "服务思路", chapter.Story.Approach);
            Section(book, "实施过程", chapter.Story.Process);
            Section(book, "项目成效", chapter.Story.Outcomes);
            Section(book, "反思与展望", chapter.Story.Reflection);
            if (chapter.Story.Story is { } story && chapter.Story.StoryConsent is not null) Section(book, "服务故事", story);
            foreach (var (photo, file) in chapter.Photos) book.Picture(file.Content, file.ContentType, 12, photo.Caption);
        }
    });

    private static void Section(WordBook book, string title, string? text)
    {
        if (text is null) return;
        book.Heading(title, 2);
        book.Paragraphs(text);
    }
}
