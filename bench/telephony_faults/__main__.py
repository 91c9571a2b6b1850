from bench.telephony_faults.run import main

raise SystemExit(main())
