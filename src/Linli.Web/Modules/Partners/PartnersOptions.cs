namespace Linli.Web.Modules.Partners;

/// <summary>
/// How a contribution without a receipt is valued (Linli:Partners): a professional session, an hour of volunteering, an
/// hour of a room. The defaults are Linli's own assumptions, stated on every contribution they value; change them to the
/// district's published rates.
/// </summary>
public sealed class PartnersOptions
{
    public const string Section = "Linli:Partners";

    public decimal SessionYuan { get; set; } = 500m;
    public decimal HourYuan { get; set; } = 50m;
    public decimal VenueHourYuan { get; set; } = 100m;
}
