using Linli.Web.Platform.Api;

namespace Linli.Web.Platform.Regions;

/// <summary>A region-tree rule refused a value; reported as a 422 naming the field.</summary>
public sealed class RegionRuleException(string field, string messageKey) : FieldValidationException(field, messageKey);
