using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Agreements;

/// <summary>One confirmed internship's agreement and clients for its parties (pupil, host, school head, teacher) the offer's operator, and outsiders.</summary>
public sealed record AgreementWorld(
    string AgreementId,
    string ApplicationId,
    School School,
    Pupil Pupil,
    GraphQLClient PupilClient,
    GraphQLClient Host,
    GraphQLClient Head,
    GraphQLClient Teacher,
    GraphQLClient OtherPupil,
    GraphQLClient OtherHost,
    GraphQLClient OtherHead,
    GraphQLClient Admin,
    GraphQLClient Anonymous,
    GraphQLClient OfferOperator,
    GraphQLClient OtherOperator);
