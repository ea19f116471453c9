// The operations relay.mjs compiles with relay-compiler into a temporary folder; never run as such.
graphql`
  fragment ClientsRelay_offers on Query
  @argumentDefinitions(count: { type: "Int", defaultValue: 2 }, cursor: { type: "String" }, where: { type: "OfferFilterInput" })
  @refetchable(queryName: "ClientsRelayOffersPaginationQuery") {
    offers(first: $count, after: $cursor, where: $where, order: [{ title: ASC }]) @connection(key: "ClientsRelay_offers") {
      totalCount
      edges { node { id title ...ClientsRelay_offer } }
    }
  }
`;

graphql`
  fragment ClientsRelay_offer on Offer @refetchable(queryName: "ClientsRelayOfferRefetchQuery") {
    id
    title
    remainingSeats
  }
`;

graphql`
  query ClientsRelayQuery($where: OfferFilterInput) {
    ...ClientsRelay_offers @arguments(where: $where)
  }
`;
