namespace Linli.Web.Modules.Activities.Records;

public sealed record PhotoView(int Id, string? Caption, bool IsPublic, string Url);

/// <summary>
/// The satisfaction forms of an activity, summed up. Averages to one decimal; the share who would come again is
/// of those who answered that question. Comments carry no names.
/// </summary>
public sealed record SatisfactionSummary(int Count, double? Overall, double? Content, double? Organisation, int WouldReturnAnswers, decimal? WouldReturnPercent,
    IReadOnlyList<string> Comments);

/// <summary>An activity's record as staff see it; <see cref="PublicPath"/> is the page to share.</summary>
public sealed record RecordView(int ActivityId, string Summary, string? WrittenBy, DateTimeOffset? UpdatedAt, DateTimeOffset? PublishedAt, string PublicPath,
    IReadOnlyList<PhotoView> Photos, SatisfactionSummary Satisfaction);

public sealed record WriteRecordRequest(string? Summary, bool? Published);

public sealed record DescribePhotoRequest(string? Caption, bool? IsPublic);

/// <summary>The activity to sign up for next, offered on a shared page: the series' next date, else the community's next.</summary>
public sealed record NextActivity(int Id, string Title, DateTimeOffset StartsAt, string? Place, int SeatsLeft);

public sealed record PublicPhoto(int Id, string? Caption);

/// <summary>
/// What anyone with the link sees: the poster before, the record after (when published), and the way to the next
/// sign-up. Counts only, never names.
/// </summary>
public sealed record PublicActivity(int Id, string Title, string Community, string? Category, string? Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    ActivityStatus Status, string? Description, int SeatsLeft, bool TakesSignUps, string? Summary, IReadOnlyList<PublicPhoto> Photos, int PersonTimes,
    double? AverageRating, int RatingCount, NextActivity? Next);
